package app.limber.coaching.ui;

import app.limber.coaching.AssignmentService;
import app.limber.coaching.Plan;
import app.limber.coaching.RosterService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.ui.RoutineEditorView;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The coach plans a routine while giving it (days, times a week, a cramp, none) and changes the plan on the athlete's page. */
class PlanningTest extends UiTest {

    /** {@link app.limber.support.TestClock#START} is Tuesday 24 November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Autowired
    AssignmentService assignments;

    @Autowired
    RosterService roster;

    private Person athlete;
    private RoutineDetails routine;

    @BeforeEach
    void aCoachWithAnAthleteAndAPublishedRoutine() {
        Person coach = signInAsCoach();
        athlete = given.anAthleteOf(coach, ATHLETE);
        routine = given.aPublishedRoutine(coach);
    }

    @Test
    void theCoachGivesARoutineOnMondaysWednesdaysAndFridaysFromAFirstToALastDay() {
        Dialog dialog = openGiveDialog();
        _setValue(who(dialog), Set.copyOf(roster.roster()));
        _setValue(kind(dialog), Plan.Kind.DAYS);
        _setValue(days(dialog), Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Last day (optional)")), TODAY.plusWeeks(4));
        save(dialog);

        assertThat(assignments.plan(routine.id())).contains(Plan.onDays(
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), TODAY, TODAY.plusWeeks(4)));
        assertThat(assignments.plan(routine.id()).orElseThrow().label()).isEqualTo("Mon, Wed, Fri");

        // opened again, the dialog shows the plan the athletes have
        Dialog again = openGiveDialog();
        assertThat(kind(again).getValue()).isEqualTo(Plan.Kind.DAYS);
        assertThat(days(again).getValue()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void threeTimesAWeekAndWhenACrampStartsArePlansToo() {
        Dialog dialog = openGiveDialog();
        _setValue(who(dialog), Set.copyOf(roster.roster()));
        _setValue(kind(dialog), Plan.Kind.TIMES);
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withLabel("Times a week")), 3);
        save(dialog);
        assertThat(assignments.plan(routine.id())).contains(Plan.timesAWeek(3, TODAY, null));
        assertThat(assignments.plan(routine.id()).orElseThrow().label()).isEqualTo("3\u00d7 a week");

        Dialog cramp = openGiveDialog();
        _setValue(kind(cramp), Plan.Kind.ON_CRAMP);
        save(cramp);
        assertThat(assignments.plan(routine.id())).contains(Plan.whenACrampStarts(TODAY));
    }

    @Test
    void aPlanWithNoDayNoRightNumberOrAnEndBeforeItsStartIsRefusedNextToItsFieldAndNothingIsGiven() {
        Dialog dialog = openGiveDialog();
        _setValue(who(dialog), Set.copyOf(roster.roster()));
        _setValue(kind(dialog), Plan.Kind.DAYS);
        save(dialog);
        assertThat(days(dialog).isInvalid()).isTrue();
        assertThat(days(dialog).getErrorMessage()).isEqualTo("Choose at least one day of the week.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(assignments.assignedAthletes(routine.id())).isEmpty();

        _setValue(kind(dialog), Plan.Kind.TIMES);
        IntegerField times = _get(dialog, IntegerField.class, spec -> spec.withLabel("Times a week"));
        for (int wrong : new int[]{0, 8}) {
            _setValue(times, wrong);
            save(dialog);
            assertThat(times.isInvalid()).as("%d times a week", wrong).isTrue();
            assertThat(times.getErrorMessage()).isEqualTo("Choose from 1 to 7 times a week.");
        }
        _setValue(times, 3);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Last day (optional)")), TODAY.minusDays(1));
        save(dialog);
        DatePicker ends = _get(dialog, DatePicker.class, spec -> spec.withLabel("Last day (optional)"));
        assertThat(ends.isInvalid()).isTrue();
        assertThat(ends.getErrorMessage()).isEqualTo("The last day can't be before the first day.");
        assertThat(assignments.assignedAthletes(routine.id())).as("nothing changed").isEmpty();
    }

    @Test
    void theCoachChangesThePlanOnTheAthletesPageAndABadOneChangesNothing() {
        assignments.assign(routine.id(), List.of(athlete.id()), "before runs", Plan.timesAWeek(2, TODAY, null));
        UI.getCurrent().navigate(AthleteView.class, new RouteParameters(AthleteView.ID, String.valueOf(athlete.id())));
        assertThat(_get(Span.class, spec -> spec.withClasses("limber-given-plan")).getText())
                .isEqualTo("2\u00d7 a week from " + new app.limber.base.ui.UserTime(java.time.ZoneOffset.UTC,
                        UI.getCurrent().getLocale()).day(TODAY));

        _click(_get(Button.class, spec -> spec.withText("Change plan")));
        Dialog dialog = _get(Dialog.class);
        _setValue(kind(dialog), Plan.Kind.DAYS);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save plan")));
        assertThat(days(dialog).getErrorMessage()).isEqualTo("Choose at least one day of the week.");
        assertThat(assignments.plan(routine.id())).as("unchanged").contains(Plan.timesAWeek(2, TODAY, null));

        _setValue(days(dialog), Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save plan")));
        assertThat(assignments.plan(routine.id())).contains(Plan.onDays(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), TODAY, null));
        assertThat(_get(Span.class, spec -> spec.withClasses("limber-given-plan")).getText()).startsWith("Tue, Thu from ");
    }

    private Dialog openGiveDialog() {
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters("id", String.valueOf(routine.id())));
        _click(_get(PublishingBar.class).giveToAthletes);
        return _get(Dialog.class);
    }

    private static void save(Dialog dialog) {
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<app.limber.coaching.RosterAthlete> who(Dialog dialog) {
        return _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Athletes"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Plan.Kind> kind(Dialog dialog) {
        return _get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Plan"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<DayOfWeek> days(Dialog dialog) {
        return _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Days"));
    }

}
