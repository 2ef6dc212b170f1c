package app.limber.sharing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface ShareLinkRepository extends JpaRepository<ShareLink, Long> {

    Optional<ShareLink> findByToken(String token);

    List<ShareLink> findByRoutineIdAndCoachIdOrderByCreatedAtDescIdDesc(long routineId, long coachId);

    Optional<ShareLink> findByIdAndCoachId(long id, long coachId);

    boolean existsByToken(String token);

    /** Counts one open in the database, so parallel opens never lose a count. */
    @Modifying
    @Query("update ShareLink link set link.opens = link.opens + 1 where link.id = :id")
    void countOpen(@Param("id") long id);
}
