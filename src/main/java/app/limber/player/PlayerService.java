package app.limber.player;

import app.limber.base.Words;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.EasierVersionRefusedException;
import app.limber.coaching.PlayableRoutine;
import app.limber.coaching.SessionFeedback;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import app.limber.coaching.StepResult;
import app.limber.sharing.ShareLinkGoneException;
import app.limber.sharing.ShareLinkPass;
import app.limber.sharing.SharingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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
    private final PlayPlans plans;
    private final Clock clock;

    PlayerService(AssignmentService assignments, SessionService sessions, SharingService sharing, PlayPlans plans, Clock clock) {
        this.assignments = assignments;
        this.sessions = sessions;
        this.sharing = sharing;
        this.plans = plans;
        this.clock = clock;
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
        return sharing.openPlayer(token).map(opened -> new SharedPlay(token, opened.pass(), new PlayableRoutine(
                opened.routine().version(), opened.routine().coachName(), opened.routine().routine())));
    }

    /**
     * What every play shares: the steps it has been on, the work the clock reported, when it
     * began (on the server's clock), and the one rule of a complete session: every step done
     * ({@link StepOutcomes}; tapping Next through the steps, or skipping ahead with the step
     * list, is not a complete session).
     */
    private abstract class Play implements PlaySource {

        final PlayableRoutine routine;
        private final PlayPlan plan;
        private final BitSet reached = new BitSet();
        /** The steps played in their easier version. */
        private final BitSet easierTaken = new BitSet();
        /** When each step was first shown, on the server's clock. */
        private final java.util.Map<Integer, Instant> firstShown = new java.util.HashMap<>();
        private final List<StepWork> work = new ArrayList<>();
        private Instant began;
        private SessionEnd end;

        Play(PlayableRoutine routine) {
            this.routine = routine;
            this.plan = plans.of(routine.routine());
        }

        @Override
        public PlayableRoutine routine() {
            return routine;
        }

        @Override
        public PlayPlan plan() {
            return plan;
        }

        @Override
        public void reached(int step) {
            if (end == null && step >= 0 && step < plan.steps().size()) {
                if (began == null) {
                    began = clock.instant();
                }
                reached.set(step);
                firstShown.putIfAbsent(step, clock.instant());
            }
        }

        @Override
        public void progress(List<StepWork> reported) {
            if (end != null) {
                return;
            }
            for (int i = 0; i < Math.min(reported.size(), plan.steps().size()); i++) {
                StepWork before = i < work.size() ? work.get(i) : StepWork.NONE;
                StepWork now = reported.get(i);
                StepWork kept = new StepWork(Math.max(before.holdMillis(), now.holdMillis()),
                        Math.max(before.repsReached(), now.repsReached()), Math.max(before.released(), now.released()));
                if (i < work.size()) {
                    work.set(i, kept);
                } else {
                    work.add(kept);
                }
            }
        }

        @Override
        public boolean chooseEasier(int step, boolean easier) {
            var steps = routine.routine().steps();
            if (step < 0 || step >= steps.size() || steps.get(step).easier() == null) {
                throw EasierVersionRefusedException.none(step);
            }
            StepWork done = step < work.size() ? work.get(step) : StepWork.NONE;
            if (end != null || done.holdMillis() > 0 || done.repsReached() > 0 || done.released() > 0) {
                return false;
            }
            easierTaken.set(step, easier);
            return true;
        }

        @Override
        public boolean easierTaken(int step) {
            return easierTaken.get(step);
        }

        @Override
        public int stepsReached() {
            return reached.cardinality();
        }

        /** Whether it reached the end does not decide it: what counts is what each step did. */
        @Override
        public SessionEnd end(boolean reachedTheEnd) {
            if (end == null) {
                int steps = plan.steps().size();
                Duration elapsed = began == null ? Duration.ZERO : Duration.between(began, clock.instant());
                Instant now = clock.instant();
                List<Duration> sinceShown = java.util.stream.IntStream.range(0, steps)
                        .mapToObj(step -> firstShown.containsKey(step) ? Duration.between(firstShown.get(step), now) : null)
                        .toList();
                List<StepResult> results = withEasier(StepOutcomes.decide(plan, reached, work, elapsed, sinceShown));
                boolean everyStepDone = results.stream().allMatch(result -> result.outcome() == StepResult.Outcome.DONE);
                var ending = new SessionEnd(everyStepDone, reached.cardinality(), steps, results);
                record(ending);
                end = ending;
            }
            return end;
        }

        /** Each step played in its easier version says which; a step skipped took none. */
        private List<StepResult> withEasier(List<StepResult> results) {
            var steps = routine.routine().steps();
            List<StepResult> told = new ArrayList<>(results.size());
            for (int i = 0; i < results.size(); i++) {
                StepResult result = results.get(i);
                var easier = easierTaken.get(i) ? steps.get(i).easier() : null;
                told.add(easier == null || result.outcome() == StepResult.Outcome.SKIPPED ? result
                        : result.withEasier(new StepResult.Easier(easier.stretchId(), easier.name())));
            }
            return told;
        }

        /** How the play ended; empty while it goes on. */
        Optional<SessionEnd> ended() {
            return Optional.ofNullable(end);
        }

        /** Stores the end of the session where this source keeps it (once). */
        abstract void record(SessionEnd ending);
    }

    /** A shared routine being played by someone holding the link. */
    private final class SharedPlay extends Play {

        private final String token;
        /** The link as this player holds it: checked at each action in memory, not in the database. */
        private final ShareLinkPass pass;
        private boolean counted;

        private SharedPlay(String token, ShareLinkPass pass, PlayableRoutine routine) {
            super(routine);
            this.token = token;
            this.pass = pass;
        }

        @Override
        public String resumeKey() {
            return "limber.player.shared." + token;
        }

        @Override
        public String photoAddress(String photoToken) {
            return "s/" + token + "/photos/" + photoToken;
        }

        @Override
        public String videoAddress(String videoToken) {
            return "s/" + token + "/videos/" + videoToken;
        }

        @Override
        public boolean stillPlayable() {
            return pass.stillWorks();
        }

        @Override
        public Words unavailableMessage() {
            return Words.of("player.unavailable.shared");
        }

        @Override
        void record(SessionEnd ending) {
            // nothing is logged about an anonymous viewer; "I did it" counts a completion
        }

        /**
         * "I did it" counts a completion only after a complete play (every step done, in the
         * time its holds take: {@link StepOutcomes}); the Done screen offers it only then, and
         * the rule holds here too, for a request that asks anyway.
         */
        @Override
        public void feedback(SessionFeedback feedback) {
            if (!counted && ended().map(SessionEnd::complete).orElse(false)) {
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
        public Words backLabel() {
            return Words.of("player.back.shared");
        }
    }

    /** An assigned routine being played by its athlete. Holds the session's log once it has ended. */
    private final class AssignedPlay extends Play {

        private final long routineId;
        private Long sessionId;

        private AssignedPlay(long routineId, PlayableRoutine routine) {
            super(routine);
            this.routineId = routineId;
        }

        @Override
        public String resumeKey() {
            return "limber.player.routine." + routineId;
        }

        @Override
        public String photoAddress(String photoToken) {
            return "photos/" + photoToken;
        }

        @Override
        public String videoAddress(String videoToken) {
            return "videos/" + videoToken;
        }

        @Override
        public boolean stillPlayable() {
            return assignments.stillAssigned(routineId);
        }

        @Override
        public Words unavailableMessage() {
            return Words.of("player.unavailable.assigned");
        }

        @Override
        void record(SessionEnd ending) {
            sessionId = sessions.logSession(SessionReport.ended(routineId, routine.version(), ending.complete(),
                    ending.stepsDone(), ending.steps(), ending.results()));
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
        public Words backLabel() {
            return Words.of("menu.my-routines");
        }
    }
}
