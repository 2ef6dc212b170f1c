package app.limber.sharing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface ShareCompletionRepository extends JpaRepository<ShareCompletion, Long> {

    /** [share link id, completions] for the given links (links without completions are left out). */
    @Query("select completion.shareLinkId, count(completion) from ShareCompletion completion"
            + " where completion.shareLinkId in :links group by completion.shareLinkId")
    List<Object[]> countByLink(@Param("links") Collection<Long> links);
}
