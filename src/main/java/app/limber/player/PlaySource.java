package app.limber.player;

import app.limber.coaching.PlayableRoutine;
import app.limber.coaching.SessionFeedback;

/**
 * Where a routine being played comes from and where its end goes: an athlete's assigned
 * routine (logged for their coach) or, for anyone with a share link, a shared one. The
 * player view is the same for both; what it may do is decided here, on the server.
 */
public interface PlaySource {

    PlayableRoutine routine();

    /** The key under which the browser remembers where in the routine the player was. */
    String resumeKey();

    /** False once the routine may no longer be played (taken back, link revoked): the player stops. */
    boolean stillPlayable();

    /** What the player says when {@link #stillPlayable()} turns false. */
    String unavailableMessage();

    /** Records the end of the session: the whole routine, or part of it. Called once. */
    void ended(boolean complete, int stepsReached);

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

    String backLabel();
}
