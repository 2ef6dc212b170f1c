package app.limber.coaching;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByAthleteIdAndRoutineId(long athleteId, long routineId);

    /** The athlete's current assignments from coaches whose roster they are on now, oldest first, in one query. */
    @Query("""
            select assignment from Assignment assignment
            where assignment.athleteId = :athleteId and assignment.removedAt is null
              and exists (select 1 from RosterEntry entry
                          where entry.key.coachId = assignment.coachId and entry.key.athleteId = assignment.athleteId
                            and entry.removedAt is null)
            order by assignment.id""")
    List<Assignment> findActiveFromRosterCoaches(long athleteId);

    List<Assignment> findByCoachIdAndRoutineIdAndRemovedAtIsNull(long coachId, long routineId);

    /** The routines the coach has given, to every athlete, now. */
    List<Assignment> findByCoachIdAndRemovedAtIsNull(long coachId);
}
