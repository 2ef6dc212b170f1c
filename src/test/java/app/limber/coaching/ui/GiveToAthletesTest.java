package app.limber.coaching.ui;

import app.limber.base.ui.NotFoundView;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.InviteSummary;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.routine.ui.RoutineEditorView;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.support.StatedAmounts;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

/** A coach gives a published routine to an athlete, who then sees it on their home and can open it. */
class GiveToAthletesTest extends UiTest {

    @Autowired
    RoutineService routines;

    @Autowired
    LibraryService library;

    @Autowired
    PublishingService publishing;

    @Autowired
    RosterService roster;

    @Autowired
    AssignmentService assignments;

    private RoutineDetails routine;

    private app.limber.support.Fixtures.Person coach;
    private app.limber.support.Fixtures.Person athlete;

    @BeforeEach
    void aCoachWithAnAthleteAndAPublishedRoutine() {
        coach = signInAsCoach();
        athlete = given.anAthleteOf(coach, ATHLETE);
        routine = given.aPublishedRoutine(coach);
    }

    @Test
    void aCrampReliefRoutineGivenToAnAthleteCarriesTheHydrationCardAndOthersDoNot() {
        RoutineDetails cramp = given.published(coach, routines.createFromTemplate("night-cramp-relief"));
        given.give(coach, cramp, athlete);
        given.give(coach, routine, athlete);
        signInAs(ATHLETE.email());

        UI.getCurrent().navigate("my-routines/" + cramp.id());
        expectView(AssignedRoutineView.class);
        assertThat(_get(app.limber.base.ui.AdviceCard.class).getElement().getTextRecursively())
                .contains("Drinking around a run", "4 to 8 oz", "hyponatraemia");

        UI.getCurrent().navigate("my-routines/" + routine.id());
        assertThat(_find(app.limber.base.ui.AdviceCard.class)).as("not for cramp relief").isEmpty();
    }

    @Test
    void theCoachGivesTheRoutineAndTheAthleteFindsIt() {
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters("id", String.valueOf(routine.id())));
        RoutineEditorView editor = _get(RoutineEditorView.class);
        assertThat(bar().giveToAthletes.isEnabled()).isTrue();

        _click(bar().giveToAthletes);
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<app.limber.coaching.RosterAthlete> who = _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Athletes"));
        _setValue(who, Set.copyOf(roster.roster()));
        @SuppressWarnings("unchecked")
        ComboBox<String> when = _get(dialog, ComboBox.class);
        _setValue(when, "after runs");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(assignments.assignedAthletes(routine.id())).hasSize(1);

        signInAs(ATHLETE.email());
        UI.getCurrent().navigate(MyRoutinesView.class);
        RouterLink link = _get(RouterLink.class, spec -> spec.withText("Track cool-down"));
        // one tap on Start runs the countdown: the player's "start" parameter
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Start")).getHref())
                .endsWith("/play?start");
        // what was done and when to do it are lines of their own, not run together
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("limber-last-done")).getText()).isEqualTo("Not done yet");
        assertThat(_find(Badge.class)).as("nothing new on first sight").isEmpty();

        UI.getCurrent().navigate(link.getHref());
        expectView(AssignedRoutineView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Track cool-down");
        assertThat(_find(H3.class)).hasSize(2);
    }

    @Test
    void theAthleteReadsEachStepsOwnDoseBetweenItsNameAndItsInstructions() {
        var first = routine.steps().getFirst();
        var set = new StepDose(45, 2, Sides.EACH_SIDE, null, 15, "");
        assertThat(set).as("not the stretch's default").isNotEqualTo(first.dose());
        routines.changeStep(routine.id(), first.id(), set);
        publishing.publish(routine.id(), "");
        assignments.assign(routine.id(), java.util.List.of(roster.roster().getFirst().athleteId()), "");
        var instructions = library.find(first.stretchId()).orElseThrow().instructions();
        signInAs(ATHLETE.email());

        UI.getCurrent().navigate(AssignedRoutineView.class, new RouteParameters("id", String.valueOf(routine.id())));

        ListItem step = _get(OrderedList.class, spec -> spec.withClasses("limber-assigned-steps")).getChildren()
                .map(ListItem.class::cast).findFirst().orElseThrow();
        var parts = step.getChildren().toList();
        assertThat(parts.get(0).getElement().getText()).isEqualTo(first.stretchName());
        assertThat(parts.get(1).getElement().getText()).isEqualTo("Hold 45 s \u00b7 2 reps \u00b7 each side (left, then right) \u00b7 rest 15 s");
        assertThat(_find(parts.get(2), ListItem.class)).extracting(ListItem::getText).isEqualTo(instructions)
                .allSatisfy(line -> assertThat(StatedAmounts.in(line)).as(line).isEmpty());
    }

    @Test
    void choosingAGroupTicksItsAthletes() {
        roster.saveGroup(null, "Tuesday 10k", Set.of(roster.roster().getFirst().athleteId()));
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters("id", String.valueOf(routine.id())));
        _click(_get(PublishingBar.class).giveToAthletes);
        Dialog dialog = _get(Dialog.class);

        @SuppressWarnings("unchecked")
        CheckboxGroup<app.limber.coaching.AthleteGroup> groups = _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Groups"));
        _setValue(groups, Set.copyOf(roster.groups()));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(assignments.assignedAthletes(routine.id())).containsExactly(roster.roster().getFirst().athleteId());
    }

    @Test
    void aNewVersionIsFlaggedWithWhatChanged() {
        assignments.assign(routine.id(), java.util.List.of(roster.roster().getFirst().athleteId()), "");
        signInAs(ATHLETE.email());
        assignments.openAssigned(routine.id());
        signInAs(COACH.email());
        routine = routines.describe(routine.id(), "Track cool-down, longer", "", null);
        publishing.publish(routine.id(), "");

        signInAs(ATHLETE.email());
        UI.getCurrent().navigate(MyRoutinesView.class);

        assertThat(_get(Badge.class).getText()).isEqualTo("New version");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class)).extracting(item -> item.getText())
                .contains("Renamed from \u201cTrack cool-down\u201d to \u201cTrack cool-down, longer\u201d");
    }

    @Test
    void anAthleteCannotOpenARoutineThatIsNotTheirs() {
        signInAs(ATHLETE.email());
        UI.getCurrent().navigate(AssignedRoutineView.class, new RouteParameters("id", String.valueOf(routine.id())));

        expectView(NotFoundView.class);
    }

    @Test
    void aDraftCannotBeGivenYet() {
        RoutineDetails draft = routines.create("Not yet");
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters("id", String.valueOf(draft.id())));

        assertThat(_get(PublishingBar.class).giveToAthletes.isEnabled()).isFalse();
    }

    /** The publishing part the coaching feature put into the open editor. */
    private static PublishingBar bar() {
        return _get(PublishingBar.class);
    }
}
