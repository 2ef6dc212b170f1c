package app.limber.coaching;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface GroupLinkRepository extends JpaRepository<GroupLink, Long> {

    /** The coach's group links with their group's name, newest first, in one query. */
    @Query("""
            select new app.limber.coaching.GroupLinkRepository$Named(link, g.name) from GroupLink link, AthleteGroupEntity g
            where g.id = link.groupId and link.coachId = :coachId order by link.createdAt desc""")
    List<Named> findNamedByCoachId(long coachId);

    record Named(GroupLink link, String groupName) {
    }

    Optional<GroupLink> findByToken(String token);

    /** The link, locked until the transaction ends, so two joins cannot pass its limit together. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<GroupLink> findForUseByToken(String token);

    /** Notes that the athlete joined through the link. @return 1, or 0 when they had already */
    @Modifying
    @Query(value = "insert into group_link_use (link_id, athlete_id, used_at) values (:link, :athlete, :at) on conflict do nothing",
            nativeQuery = true)
    int noteUse(long link, long athlete, java.time.Instant at);
}
