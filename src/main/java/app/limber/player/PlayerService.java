package app.limber.player;

import app.limber.coaching.AssignmentService;
import app.limber.coaching.PlayableRoutine;
import app.limber.coaching.SessionFeedback;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import app.limber.sharing.ShareLinkGoneException;
import app.limber.sharing.SharingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Opens routines to play. An athlete plays only a routine assigned to them (by a coach whose
 * roster they are on); its end is logged as a session for the coach. Anyone with a working
 * share link plays the version the link shows; a link that stops working stops the player.
 */
@Service
@PreAuthorize("denyAll()")
public class PlayerService {

    private final AssignmentService assignments;
    private final SessionService sessions;
    private final SharingService sharing;

    PlayerService(AssignmentService assignments, SessionService sessions, SharingService sharing) {
        this.assignments = assignments;
        this.sessions = sessions;
        this.sharing = sharing;
    }

    /** The signed-in athlete's assigned routine, ready to play; empty when it is not theirs. */
    @PreAuthorize("hasRole('ATHLETE')")
    public Optional<PlaySource> playAssigned(long routineId) {
        return assignments.openToPlay(routineId).map(routine -> new AssignedPlay(routineId, routine));
    }

    /**
     * A routine shared by link, for anyone who holds the link (no account): nothing about the
     * viewer is stored; "I did it" with how it felt counts one anonymous completion.
     */
    @PreAuthorize("permitAll()")
    public Optional<PlaySource> playShared(String token) {
        return sharing.view(token).map(shared -> new SharedPlay(token,
                new PlayableRoutine(shared.version(), shared.coachName(), shared.routine())));
    }

    /** A shared routine being played by someone holding the link. */
    private final class SharedPlay implements PlaySource {

        private final String token;
        private final PlayableRoutine routine;
        private boolean counted;

        private SharedPlay(String token, PlayableRoutine routine) {
            this.token = token;
            this.routine = routine;
        }

        @Override
        public PlayableRoutine routine() {
            return routine;
        }

        @Override
        public String resumeKey() {
            return "limber.player.shared." + token;
        }

        @Override
        public boolean stillPlayable() {
            return sharing.isUsable(token);
        }

        @Override
        public String unavailableMessage() {
            return ShareLinkGoneException.MESSAGE + ". " + ShareLinkGoneException.WHY;
        }

        @Override
        public void ended(boolean complete, int stepsReached) {
            // nothing is logged about an anonymous viewer; "I did it" counts a completion
        }

        @Override
        public void feedback(SessionFeedback feedback) {
            if (!counted) {
                sharing.recordCompletion(token, routine.version(), feedback.feeling());
                counted = true;
            }
        }

        @Override
        public boolean asksForPainAndNote() {
            return false;
        }

        @Override
        public String backPath() {
            return "s/" + token;
        }

        @Override
        public String backLabel() {
            return "Back to the routine";
        }
    }

    /** An assigned routine being played by its athlete. Holds the session's log once it has ended. */
    private final class AssignedPlay implements PlaySource {

        private final long routineId;
        private final PlayableRoutine routine;
        private Long sessionId;

        private AssignedPlay(long routineId, PlayableRoutine routine) {
            this.routineId = routineId;
            this.routine = routine;
        }

        @Override
        public PlayableRoutine routine() {
            return routine;
        }

        @Override
        public String resumeKey() {
            return "limber.player.routine." + routineId;
        }

        @Override
        public boolean stillPlayable() {
            return assignments.stillAssigned(routineId);
        }

        @Override
        public String unavailableMessage() {
            return "Your coach has taken this routine back, or you are no longer on their roster.";
        }

        @Override
        public void ended(boolean complete, int stepsReached) {
            if (sessionId == null) {
                sessionId = sessions.logSession(SessionReport.ended(routineId, routine.version(), complete, stepsReached,
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
