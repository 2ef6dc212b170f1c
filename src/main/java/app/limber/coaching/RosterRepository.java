package app.limber.coaching;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Set;

interface RosterRepository extends JpaRepository<RosterEntry, RosterEntry.Key> {

    List<RosterEntry> findByKeyCoachIdAndRemovedAtIsNullOrderByJoinedAtDesc(long coachId);

    /** Who is on the coach's roster now and since when, newest first, without loading the entries. */
    @Query("""
            select new app.limber.coaching.RosterRepository$Joined(entry.key.athleteId, entry.joinedAt) from RosterEntry entry
            where entry.key.coachId = :coachId and entry.removedAt is null order by entry.joinedAt desc""")
    List<Joined> findJoined(long coachId);

    record Joined(long athleteId, java.time.Instant joinedAt) {
    }

    /** The ids of the athletes on the coach's roster now. */
    @Query("select entry.key.athleteId from RosterEntry entry where entry.key.coachId = :coachId and entry.removedAt is null")
    Set<Long> findAthleteIdsOnRoster(long coachId);
}
