package app.limber.player;

import app.limber.base.Words;
import app.limber.coaching.PlayableRoutine;
import app.limber.coaching.SessionFeedback;
import app.limber.coaching.StepResult;
import app.limber.coaching.StepResult.Outcome;

import java.util.List;

/**
 * Where a routine being played comes from and where its end goes: an athlete's assigned
 * routine (logged for their coach) or, for anyone with a share link, a shared one. The
 * player view is the same for both; what it may do, and what counts as a complete session,
 * is decided here, on the server ({@link PlayerService} makes them).
 */
public interface PlaySource {

    PlayableRoutine routine();

    /** What the player counts down; the same instance for every player of this version. */
    PlayPlan plan();

    /** The address a step's photo is served at under this source (the share link's own for a shared routine). */
    String photoAddress(String photoToken);

    /** The address a step's video is served at under this source (its poster is that + "/poster"). */
    String videoAddress(String videoToken);

    /** The key under which the browser remembers where in the routine the player was. */
    String resumeKey();

    /** False once the routine may no longer be played (taken back, link revoked): the player stops. */
    boolean stillPlayable();

    /** What the player says when {@link #stillPlayable()} turns false. */
    Words unavailableMessage();

    /** The player is on this step (from 0) now: it counts towards a complete session. */
    void reached(int step);

    /** How many different steps the player has been on. */
    int stepsReached();

    /**
     * What the clock says has been done so far, a step each ({@link StepWork}); a later report
     * replaces an earlier one (what a step did never shrinks). Ignored once the session is over.
     */
    void progress(List<StepWork> work);

    /**
     * The athlete takes the step's easier version ({@code easier}: the stretch its published
     * version names as easier, with the same dose) or goes back to the original, before the
     * step's hold begins. Once the clock has reported any of the step's work the choice is fixed
     * for that step, and the session's end records it.
     *
     * @param step the step, from 0
     * @return whether the choice was made; false, with nothing changed, when it is fixed (the
     *         step's hold began) or the session is over
     * @throws app.limber.coaching.EasierVersionRefusedException when the step has no easier
     *         version (nothing changes)
     */
    boolean chooseEasier(int step, boolean easier);

    /** Whether the athlete took the step's easier version (from 0). */
    boolean easierTaken(int step);

    /**
     * The session is over: the player reached the end ({@code reachedTheEnd}: the clock ran out
     * or they tapped Finish) or ended it early. Each step's outcome is decided from the work the
     * clock reported ({@link StepOutcomes}); the session is complete only when every step is
     * done. Recorded once; a second call answers the first one's result.
     *
     * @throws app.limber.coaching.InvalidSessionException when the end is refused (the routine
     *         was taken back meanwhile); nothing is recorded and the session is not over
     */
    SessionEnd end(boolean reachedTheEnd);

    /**
     * Records how it felt (and, where {@link #asksForPainAndNote()}, pain and a note).
     *
     * @throws app.limber.coaching.InvalidSessionException when the feedback is refused; nothing is stored
     */
    void feedback(SessionFeedback feedback);

    /** Athletes tell their coach about pain and add a note; anonymous viewers only say how it felt. */
    boolean asksForPainAndNote();

    /** Where "back" leads, as a route path, and what the link says. */
    String backPath();

    Words backLabel();

    /**
     * How a session ended: complete or not, how many of the routine's steps it was on, and what
     * became of each step.
     */
    record SessionEnd(boolean complete, int stepsReached, int steps, List<StepResult> results) {

        public SessionEnd {
            results = List.copyOf(results);
        }

        /** How many steps were done. */
        public int stepsDone() {
            return (int) results.stream().filter(result -> result.outcome() == Outcome.DONE).count();
        }

        /** The names of the steps with this outcome, in the routine's order. */
        public List<String> named(Outcome outcome) {
            return results.stream().filter(result -> result.outcome() == outcome).map(StepResult::name).toList();
        }
    }
}
