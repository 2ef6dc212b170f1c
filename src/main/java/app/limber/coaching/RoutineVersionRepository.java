package app.limber.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface RoutineVersionRepository extends JpaRepository<RoutineVersion, Long> {

    List<RoutineVersion> findByRoutineIdOrderByNumberDesc(long routineId);

    Optional<RoutineVersion> findFirstByRoutineIdOrderByNumberDesc(long routineId);

    Optional<RoutineVersion> findByRoutineIdAndNumber(long routineId, int number);
}
