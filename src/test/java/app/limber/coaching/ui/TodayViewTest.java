package app.limber.coaching.ui;

import app.limber.coaching.Feeling;
import app.limber.coaching.Plan;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The athlete's home starts with Today: what is due (with Start), what is left this week, done ones ticked, cramp routines on hand. */
class TodayViewTest extends UiTest {

    @Autowired
    SessionService sessions;

    @Autowired
    RoutineService routines;

    private Person coach;
    private Person athlete;
    private RoutineDetails tuesdays;
    private RoutineDetails cramp;

    @BeforeEach
    void anAthleteWithAPlanForTuesdaysAndACrampRoutine() {
        coach = given.aCoach(COACH);
        athlete = given.anAthleteOf(coach, ATHLETE);
        tuesdays = given.aPublishedRoutine(coach);
        cramp = given.published(coach, given.as(coach.email(), () -> routines.createFromTemplate("night-cramp-relief")));
        // the clock's today is Tuesday 24 November 2026
        given.give(coach, tuesdays, Plan.onDays(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalDate.of(2026, 11, 23), null), athlete);
        given.give(coach, cramp, Plan.whenACrampStarts(LocalDate.of(2026, 11, 23)), athlete);
        given.livesIn(athlete, "Europe/Madrid");
        signInAs(ATHLETE.email());
    }

    @Test
    void todayShowsWhatIsDueWithStartAndTheCrampRoutineOnHand() {
        UI.getCurrent().navigate(MyRoutinesView.class);
        Section today = _get(Section.class, spec -> spec.withClasses("limber-today"));
        assertThat(_get(today, Paragraph.class, spec -> spec.withClasses("limber-today-date")).getText())
                .endsWith("0 of 2 this week");

        ListItem due = _get(today, ListItem.class, spec -> spec.withClasses("limber-today-due"));
        assertThat(_get(due, Span.class, spec -> spec.withClasses("limber-today-title")).getText()).isEqualTo(tuesdays.title());
        assertThat(_get(due, Span.class, spec -> spec.withClasses("limber-today-line")).getText())
                .isEqualTo("Due today \u00b7 Tue, Thu \u00b7 0 of 2 this week");
        assertThat(_get(due, Anchor.class, spec -> spec.withText("Start")).getHref()).isEqualTo("my-routines/" + tuesdays.id() + "/play?start");

        ListItem onHand = _get(today, ListItem.class, spec -> spec.withClasses("limber-today-on-hand"));
        assertThat(_get(onHand, Span.class, spec -> spec.withClasses("limber-today-line")).getText()).isEqualTo("When a cramp starts");
        assertThat(_find(onHand, Anchor.class, spec -> spec.withText("Start"))).hasSize(1);
        assertThat(_find(today, ListItem.class, spec -> spec.withClasses("limber-today-due"))).as("a cramp routine is never due").hasSize(1);
        assertThat(_get(today, Paragraph.class, spec -> spec.withClasses("limber-today-zone")).getText())
                .startsWith("Weeks run Monday to Sunday, in your time zone (Europe/Madrid).");
    }

    @Test
    void aRoutineDoneTodayIsTickedWithoutStartAndTheWeekCountsIt() {
        sessions.logSession(new SessionReport(tuesdays.id(), true, Feeling.GOOD, false, Set.of(), ""));

        UI.getCurrent().navigate(MyRoutinesView.class);
        Section today = _get(Section.class, spec -> spec.withClasses("limber-today"));
        ListItem done = _get(today, ListItem.class, spec -> spec.withClasses("limber-today-done"));
        assertThat(_get(done, Span.class, spec -> spec.withClasses("limber-today-line")).getText())
                .isEqualTo("Done today \u00b7 Tue, Thu \u00b7 1 of 2 this week");
        assertThat(_find(done, Anchor.class)).as("nothing to start").isEmpty();
        assertThat(_find(done, com.vaadin.flow.component.icon.Icon.class)).as("ticked").hasSize(1);
        assertThat(_find(today, ListItem.class, spec -> spec.withClasses("limber-today-due"))).isEmpty();

        clock.advance(java.time.Duration.ofDays(1)); // Wednesday: Thursday is next
        UI.getCurrent().navigate(app.limber.account.ui.SettingsView.class);
        UI.getCurrent().navigate(MyRoutinesView.class);
        ListItem later = _get(ListItem.class, spec -> spec.withClasses("limber-today-later"));
        assertThat(_get(later, Span.class, spec -> spec.withClasses("limber-today-line")).getText())
                .isEqualTo("Next: Thursday \u00b7 Tue, Thu \u00b7 1 of 2 this week");
    }
}
