package app.limber.coaching.ui;

import app.limber.coaching.Plan;
import app.limber.routine.RoutineDetails;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The coach reads "0 of 3 this week" and "behind plan" on the coach home, the athlete's page and the Athletes list. */
class AdherenceAgainstPlanViewTest extends UiTest {

    private Person athlete;

    @BeforeEach
    void anAthleteWhoMissedMondaysSession() {
        Person coach = signInAsCoach();
        athlete = given.anAthleteOf(coach, ATHLETE);
        RoutineDetails routine = given.aPublishedRoutine(coach);
        given.livesIn(athlete, "Europe/Madrid");
        // the clock's today is Tuesday 24 November 2026
        given.give(coach, routine, Plan.onDays(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                LocalDate.of(2026, 11, 23), null), athlete);
    }

    @Test
    void theCoachHomesWeekShowsThePlan() {
        UI.getCurrent().navigate(CoachHomeView.class);
        CoachHomeView view = _get(CoachHomeView.class);
        assertThat(GridKt._getFormatted(view.week, 0, "plan")).isEqualTo("0 of 3 this week \u00b7 behind plan");
        assertThat(_get(view.attention, Span.class, spec -> spec.withClasses("limber-attention-why")).getText())
                .isEqualTo("Behind plan: 0 of 3 this week, with 1 due by now.");
    }

    @Test
    void theAthletePageAndTheAthletesListShowThePlan() {
        UI.getCurrent().navigate(AthleteView.class, new RouteParameters(AthleteView.ID, String.valueOf(athlete.id())));
        assertThat(_get(AthleteView.class).adherence.getText()).startsWith("Plan: 0 of 3 this week (behind plan) \u00b7 Last 7 days: ");

        UI.getCurrent().navigate(AthletesView.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("limber-adherence")).getText())
                .isEqualTo("plan 0 of 3 this week (behind plan) \u00b7 no sessions in the last 30 days");
    }
}
