package app.limber.player;

import app.limber.coaching.AssignmentService;
import app.limber.coaching.PlayableRoutine;
import app.limber.coaching.SessionFeedback;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Opens routines to play. An athlete plays only a routine assigned to them (by a coach whose
 * roster they are on); its end is logged as a session for the coach.
 */
@Service
public class PlayerService {

    private final AssignmentService assignments;
    private final SessionService sessions;

    PlayerService(AssignmentService assignments, SessionService sessions) {
        this.assignments = assignments;
        this.sessions = sessions;
    }

    /** The signed-in athlete's assigned routine, ready to play; empty when it is not theirs. */
    @PreAuthorize("hasRole('ATHLETE')")
    public Optional<PlaySource> playAssigned(long routineId) {
        return assignments.openToPlay(routineId).map(AssignedPlay::new);
    }

    /** An assigned routine being played by its athlete. Holds the session's log once it has ended. */
    private final class AssignedPlay implements PlaySource {

        private final PlayableRoutine routine;
        private Long sessionId;

        private AssignedPlay(PlayableRoutine routine) {
            this.routine = routine;
        }

        @Override
        public PlayableRoutine routine() {
            return routine;
        }

        @Override
        public String resumeKey() {
            return "limber.player.routine." + routine.routineId();
        }

        @Override
        public boolean stillPlayable() {
            return assignments.stillAssigned(routine.routineId());
        }

        @Override
        public String unavailableMessage() {
            return "Your coach has taken this routine back, or you are no longer on their roster.";
        }

        @Override
        public void ended(boolean complete, int stepsReached) {
            if (sessionId == null) {
                sessionId = sessions.logSession(SessionReport.ended(routine.routineId(), complete, stepsReached,
                        routine.routine().steps().size()));
            }
        }

        @Override
        public void feedback(SessionFeedback feedback) {
            if (sessionId == null) {
                throw new IllegalStateException("Feedback comes after the session has ended");
            }
            sessions.giveFeedback(sessionId, feedback);
        }

        @Override
        public boolean asksForPainAndNote() {
            return true;
        }

        @Override
        public String backPath() {
            return "my-routines";
        }

        @Override
        public String backLabel() {
            return "My routines";
        }
    }
}
