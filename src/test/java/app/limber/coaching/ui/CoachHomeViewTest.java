package app.limber.coaching.ui;

import app.limber.coaching.Feeling;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import app.limber.base.ui.HomeView;
import app.limber.routine.RoutineDetails;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

/** The coach home and the athlete page, driven as a coach would. */
class CoachHomeViewTest extends UiTest {

    @Autowired
    SessionService sessions;

    @Test
    void aNewCoachLandsOnHomeAndIsLedThroughTheFirstSteps() {
        signInAsCoach();
        UI.getCurrent().navigate(HomeView.class);
        CoachHomeView home = _get(CoachHomeView.class);
        assertThat(_find(home, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("1. Make a routine", "2. Publish it", "3. Invite an athlete", "4. Or share a link");
    }

    @Test
    void aPainfulPartialSessionShowsWithItsNoteUnderNeedsAttentionUntilAcknowledged() {
        Person coach = signInAsCoach();
        Person ana = given.anAthleteOf(coach, Fixtures.ANA);
        RoutineDetails routine = given.aPublishedRoutine(coach, 3);
        given.give(coach, routine, ana);
        long session = given.as(ana.email(), () -> sessions.logSession(
                new SessionReport(routine.id(), false, Feeling.HARD, false, Set.of(), "Left hamstring pulled a bit <b>ouch</b>", 2, 3, 0)));
        jdbc.update("update session_log set pain = true, pain_level = 6, pain_side = 'LEFT', pain_where = '{HAMSTRINGS}' where id = ?", session);
        signInAs(coach.email());

        UI.getCurrent().navigate(CoachHomeView.class);
        CoachHomeView home = _get(CoachHomeView.class);
        SessionCard card = _get(home.recent, SessionCard.class);
        assertThat(card.outcome.getText()).isEqualTo("Partial · 2 of 3 steps");
        assertThat(card.pain.getText()).isEqualTo("Pain 6/10 · Hamstrings · Left side");
        assertThat(card.note.getText()).as("as text, not HTML").isEqualTo("\u201cLeft hamstring pulled a bit <b>ouch</b>\u201d");
        assertThat(home.week.getGenericDataView().getItems().toList()).singleElement().satisfies(week -> {
            assertThat(week.athlete()).isEqualTo("Ana Athlete");
            assertThat(week.complete()).isZero();
            assertThat(week.partial()).isEqualTo(1);
            assertThat(week.given()).isEqualTo(1);
        });
        assertThat(home.attention.getElement().getTextRecursively()).contains("Pain 6/10 at hamstrings, left side after");

        _click(_get(home.attention, Button.class, spec -> spec.withText("Acknowledge")));

        home = _get(CoachHomeView.class);
        assertThat(_get(home.attention, Paragraph.class).getText()).isEqualTo("Nothing needs your attention.");
        assertThat(_find(home.recent, SessionCard.class)).as("the session itself stays").hasSize(1);
    }

    @Test
    void aSessionWithEveryStepSkippedAndNoPainReadsShortAndPlain() {
        Person coach = signInAsCoach();
        Person ana = given.anAthleteOf(coach, Fixtures.ANA);
        RoutineDetails routine = given.aPublishedRoutine(coach, 2);
        given.give(coach, routine, ana);
        long session = given.as(ana.email(), () -> sessions.logSession(new SessionReport(routine.id(), false, Feeling.EASY, false, Set.of(), "", 0, 2, 0)));
        jdbc.update("""
                update session_log set pain_level = 0, steps = '[{"name":"A","outcome":"SKIPPED","workSeconds":0,"plannedSeconds":30},
                {"name":"B","outcome":"SKIPPED","workSeconds":0,"plannedSeconds":30}]'::jsonb where id = ?""", session);
        signInAs(coach.email());

        UI.getCurrent().navigate(CoachHomeView.class);
        SessionCard card = _get(_get(CoachHomeView.class).recent, SessionCard.class);
        assertThat(card.outcome.getText()).isEqualTo("Partial · 0 of 2 steps · all skipped");
        assertThat(card.pain.getText()).isEqualTo("No pain");
        assertThat(card.pain.getClassNames()).containsExactly("limber-session-no-pain");
    }

    @Test
    void theCoachRepliesFromTheAthletePageAndBadRepliesAreRefusedNextToTheField() {
        Person coach = signInAsCoach();
        Person ana = given.anAthleteOf(coach, Fixtures.ANA);
        RoutineDetails routine = given.aPublishedRoutine(coach, 2);
        given.give(coach, routine, ana);
        long session = given.as(ana.email(), () -> sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), "")));
        signInAs(coach.email());

        UI.getCurrent().navigate("athletes/" + ana.id());
        AthleteView page = _get(AthleteView.class);
        AthleteView.ReplyForm form = page.replies.get(session);

        _setValue(form.text, "   ");
        _click(form.send);
        assertThat(form.text.isInvalid()).isTrue();
        assertThat(form.text.getErrorMessage()).isEqualTo("Write a reply first.");
        _setValue(form.text, "x".repeat(501));
        _click(form.send);
        assertThat(form.text.getErrorMessage()).contains("at most 500 characters");
        assertThat(jdbc.queryForObject("select reply from session_log where id = ?", String.class, session)).isNull();

        _setValue(form.text, "Great work, Łódź next 💪");
        _click(form.send);
        assertThat(form.text.isInvalid()).isFalse();
        assertThat(form.sent.getText()).isEqualTo("You replied: Great work, Łódź next 💪");
        assertThat(form.send.isEnabled()).as("a second reply can change it").isTrue();
        assertThat(jdbc.queryForObject("select reply from session_log where id = ?", String.class, session)).isEqualTo("Great work, Łódź next 💪");
    }

    @Test
    void anotherCoachsAthleteIsNotFound() {
        Person coach = signInAsCoach();
        Person ana = given.anAthleteOf(coach, Fixtures.ANA);
        given.aCoach(Fixtures.DANA);
        signInAs(Fixtures.DANA.email());

        UI.getCurrent().navigate(AthleteView.class, new RouteParameters(AthleteView.ID, String.valueOf(ana.id())));

        assertThat(_find(AthleteView.class)).isEmpty();
        expectView(app.limber.base.ui.NotFoundView.class);
    }

    @Test
    void rowsOnTheAthletesPageLinkToTheAthletePage() {
        Person coach = signInAsCoach();
        Person ana = given.anAthleteOf(coach, Fixtures.ANA);
        UI.getCurrent().navigate(AthletesView.class);
        assertThat(_get(_get(AthletesView.class).athletes, Anchor.class, spec -> spec.withText("Ana Athlete")).getHref())
                .isEqualTo("athletes/" + ana.id());
    }
}
