package app.limber.sharing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ShareLinkRepository extends JpaRepository<ShareLink, Long> {

    Optional<ShareLink> findByToken(String token);

    List<ShareLink> findByRoutineIdAndCoachIdOrderByCreatedAtDescIdDesc(long routineId, long coachId);

    Optional<ShareLink> findByIdAndCoachId(long id, long coachId);

    boolean existsByToken(String token);

    /**
     * Counts one open by appending a row: parallel opens of one link neither lose a count nor
     * wait on each other (no row is updated, so no row lock is queued on).
     */
    @Modifying
    @Query(value = "insert into share_link_open (share_link_id, opened_at) values (:id, :at)", nativeQuery = true)
    void countOpen(@Param("id") long id, @Param("at") Instant at);

    /** [share link id, opens appended] for the given links (links without any are left out). */
    @Query(value = "select share_link_id, count(*) from share_link_open where share_link_id in (:links) group by share_link_id",
            nativeQuery = true)
    List<Object[]> countOpensByLink(@Param("links") Collection<Long> links);
}
