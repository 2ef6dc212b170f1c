package app.limber.support;

import app.limber.account.SignUp;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.InviteSummary;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.sharing.SharingService;
import app.limber.base.Notices;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * Base of the query-budget tests of the list screens: builds a coach's routines, athletes,
 * groups, sessions and share links through the real services, so a test can show a screen
 * with 2 rows and with 20 and count the statements each costs ({@link QueryCounter}). The
 * test coach is {@link #COACH}; athletes join through invite links as in real life. Switching
 * people goes through {@link #signInAs} (the Vaadin session's security context wins over the holder's).
 */
public abstract class ListScreenTest extends UiTest {

    @Autowired protected RoutineService routines;
    @Autowired protected PublishingService publishing;
    @Autowired protected LibraryService library;
    @Autowired protected RosterService roster;
    @Autowired protected AssignmentService assignments;
    @Autowired protected SessionService sessions;
    @Autowired protected SharingService sharing;

    @Autowired private Notices notices;

    private List<StretchCard> stretches;

    /**
     * A navigation asks nothing about the signed-in account while the node listens for notices
     * (SignedInSessions); the budgets count a listening node's queries.
     */
    @BeforeEach
    void thisNodeListens() {
        await("this node listens for notices").atMost(Duration.ofSeconds(20)).until(notices::listening);
    }

    /** A routine of the signed-in coach with {@code steps} built-in stretches, the first done each side with a note. */
    protected RoutineDetails routine(String title, int steps) {
        if (stretches == null) {
            stretches = library.search(LibraryFilter.NONE, 0, 20);
        }
        RoutineDetails routine = routines.create(title);
        for (int index = 0; index < steps; index++) {
            routine = routines.addStep(routine.id(), stretches.get(index % stretches.size()).id(), index);
        }
        return routines.changeStep(routine.id(), routine.steps().getFirst().id(),
                new StepDose(30, 2, Sides.EACH_SIDE, 40, 10, "Slow breaths"));
    }

    /** Publishes a new version of the routine as it is now: a changed first hold, so there is something to publish. */
    protected void publishAgain(long routineId, int firstHold) {
        RoutineDetails routine = routines.open(routineId);
        routines.changeStep(routineId, routine.steps().getFirst().id(),
                new StepDose(firstHold, 2, Sides.EACH_SIDE, null, 10, "Slow breaths"));
        publishing.publish(routineId, "Hold " + firstHold + " s");
    }

    /** A new athlete who joins the coach through an invite link; the coach stays signed in for service calls. */
    protected long athleteOnRoster(String email, String name) {
        InviteSummary invite = roster.createInvite("");
        signOut();
        long athlete = roster.joinWithNewAccount(invite.token(), new SignUp(email, name, "athlete-password-1"));
        signInAs(COACH.email());
        return athlete;
    }

    /** The athlete finishes (or stops) the routine's latest version. */
    protected void sessionOf(String athleteEmail, long routineId, boolean complete) {
        signInAs(athleteEmail);
        sessions.logSession(SessionReport.ended(routineId, 0, complete, complete ? 3 : 1, 3));
        signInAs(COACH.email());
    }
}
