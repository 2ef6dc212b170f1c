package app.limber.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByAthleteIdAndRoutineId(long athleteId, long routineId);

    List<Assignment> findByAthleteIdAndRemovedAtIsNull(long athleteId);

    List<Assignment> findByCoachIdAndRoutineIdAndRemovedAtIsNull(long coachId, long routineId);
}
