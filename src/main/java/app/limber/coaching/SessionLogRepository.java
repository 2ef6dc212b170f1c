package app.limber.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;

interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

    /** A coach's athletes' sessions since a moment, newest first. */
    List<SessionLog> findByCoachIdAndFinishedAtAfterOrderByFinishedAtDesc(long coachId, Instant since);

    List<SessionLog> findByAthleteIdOrderByFinishedAtDesc(long athleteId);

    List<SessionLog> findFirst100ByAthleteIdOrderByFinishedAtDesc(long athleteId);
}
