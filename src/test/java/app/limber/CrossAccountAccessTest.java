package app.limber;

import app.limber.account.SignUp;
import app.limber.base.ui.NotFoundView;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.Feeling;
import app.limber.coaching.InvalidSessionException;
import app.limber.coaching.InviteNotFoundException;
import app.limber.coaching.InviteSummary;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import app.limber.coaching.ui.AssignedRoutineView;
import app.limber.coaching.ui.RoutineVersionsView;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.LibraryServiceTestDrafts;
import app.limber.library.StretchNotFoundException;
import app.limber.library.ui.StretchEditorView;
import app.limber.library.ui.StretchView;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineService;
import app.limber.routine.ui.RoutineEditorView;
import app.limber.support.UiTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Coach B and an athlete of coach B try every id of coach A, by address and by service, and
 * get "not found" (or, for the other role's pages, no access). Nothing of A's leaks.
 */
class CrossAccountAccessTest extends UiTest {

    static final SignUp COACH_B = new SignUp("dana@example.com", "Dana Coach", "dana-password-12");
    static final SignUp ATHLETE_B = new SignUp("ben@example.com", "Ben Athlete", "athlete-password");

    @Autowired LibraryService library;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired RosterService roster;
    @Autowired AssignmentService assignments;
    @Autowired SessionService sessions;

    private long stretchA;
    private RoutineDetails routineA;
    private InviteSummary inviteA;

    @BeforeEach
    void coachAWithEverythingAndCoachBWithAnAthlete() {
        var coachA = signInAsCoach();
        stretchA = library.create(LibraryServiceTestDrafts.draft("A's own stretch")).id();
        routineA = given.aPublishedRoutine(coachA, 1);
        inviteA = roster.createInvite("A's invite");
        given.give(coachA, routineA, given.anAthleteOf(coachA, ATHLETE));

        given.anAthleteOf(given.aCoach(COACH_B), ATHLETE_B);
        signOut();
    }

    @Test
    void coachBGetsNotFoundForEveryIdOfCoachA() {
        signInAs(COACH_B.email());

        assertThat(library.find(stretchA)).isEmpty();
        assertThatThrownBy(() -> library.copy(stretchA)).isInstanceOf(StretchNotFoundException.class);
        assertThatThrownBy(() -> library.archive(stretchA)).isInstanceOf(StretchNotFoundException.class);
        assertThat(library.cards(List.of(stretchA))).isEmpty();
        assertThat(library.details(List.of(stretchA))).isEmpty();
        assertThatThrownBy(() -> routines.open(routineA.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> routines.duplicate(routineA.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> publishing.versions(routineA.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> publishing.publish(routineA.id(), "")).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> assignments.assignedAthletes(routineA.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> sessions.adherence(routineA.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> roster.revokeInvite(inviteA.id())).isInstanceOf(InviteNotFoundException.class);
        assertThat(roster.roster()).extracting(athlete -> athlete.name()).containsExactly(ATHLETE_B.displayName());
        assertThat(roster.invites()).extracting(InviteSummary::id).doesNotContain(inviteA.id());
        assertThat(routines.list("", false)).isEmpty();

        for (Class<? extends Component> view : List.of(StretchView.class, StretchEditorView.class, RoutineEditorView.class,
                RoutineVersionsView.class)) {
            long id = view == StretchView.class || view == StretchEditorView.class ? stretchA : routineA.id();
            UI.getCurrent().navigate(app.limber.library.ui.LibraryView.class);
            UI.getCurrent().navigate(view, new RouteParameters("id", String.valueOf(id)));
            expectView(NotFoundView.class);
        }
    }

    @Test
    void anAthleteOfCoachBGetsNothingOfCoachA() {
        signInAs(ATHLETE_B.email());

        assertThat(assignments.myRoutines()).isEmpty();
        assertThat(assignments.openAssigned(routineA.id())).isEmpty();
        assertThatThrownBy(() -> sessions.logSession(new SessionReport(routineA.id(), true, Feeling.GOOD, false, Set.of(), "")))
                .isInstanceOf(InvalidSessionException.class);
        UI.getCurrent().navigate(AssignedRoutineView.class, new RouteParameters("id", String.valueOf(routineA.id())));
        expectView(NotFoundView.class);
        for (Class<? extends Component> coachView : List.of(StretchView.class, RoutineEditorView.class, RoutineVersionsView.class)) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(coachView, new RouteParameters("id", String.valueOf(routineA.id()))))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
