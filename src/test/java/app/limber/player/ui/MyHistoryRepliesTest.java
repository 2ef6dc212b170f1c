package app.limber.player.ui;

import app.limber.base.ui.CoachWords;
import app.limber.body.Muscle;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.Feeling;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import app.limber.coaching.ui.MyRoutinesView;
import app.limber.routine.RoutineDetails;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The athlete's side of the coach's reply: My routines says "Your coach replied" until My
 * history has shown it; My history shows it under its session (new ones marked as new), and
 * what the athlete reported: pain 0-10 with its side, and what became of each step.
 */
class MyHistoryRepliesTest extends UiTest {

    private static final String REPLY = "Good work. Hold <i>the hamstring</i> stretch a bit longer\nnext time";

    @Autowired SessionService sessions;

    @Autowired AssignmentService assignments;

    private RoutineDetails routine;
    private Person coach;
    private Person athlete;
    /** Yesterday's session, complete, felt good; the coach replies to this one. */
    private long earlier;
    /** Today's, stopped part-way. */
    private long today;

    @BeforeEach
    void anAthleteLoggedTwoSessions() {
        coach = signInAsCoach();
        athlete = given.anAthleteOf(coach, ATHLETE);
        routine = given.aPublishedRoutine(coach, 3);
        given.give(coach, routine, athlete);
        signInAs(ATHLETE.email());
        earlier = sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), "", 3, 3, 0));
        clock.advance(java.time.Duration.ofHours(20));
        today = sessions.logSession(SessionReport.ended(routine.id(), 0, false, 1, 3));
    }

    @Test
    void eachSessionIsAnArticleNamedByItsRoutineAndDayAndLeadsBackToTheRoutineWhileTheAthleteHasIt() {
        UI.getCurrent().navigate(MyHistoryView.class);
        List<Card> entries = _find(Card.class, spec -> spec.withClasses("limber-history-entry"));
        assertThat(entries).hasSize(2);
        for (Card entry : entries) {
            assertThat(entry.getElement().getAttribute("role")).as("a list item, not one more unnamed landmark").isEqualTo("article");
            assertThat(entry.getElement().getAttribute("aria-label"))
                    .isEqualTo("Track cool-down, " + ((Span) entry.getSubtitle()).getText());
            assertThat(((Anchor) entry.getTitle()).getHref()).isEqualTo("my-routines/" + routine.id());
        }

        signInAs(coach.email());
        assignments.unassign(routine.id(), athlete.id());
        signInAs(ATHLETE.email());
        UI.getCurrent().navigate(MyRoutinesView.class);
        UI.getCurrent().navigate(MyHistoryView.class);
        entries = _find(Card.class, spec -> spec.withClasses("limber-history-entry"));
        assertThat(entries).as("taken back, the sessions stay").hasSize(2);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.getTitle())
                .as("no link to a routine the athlete no longer has").isInstanceOf(Span.class));
    }

    @Test
    void theReplyShowsOnMyRoutinesUntilMyHistoryHasShownIt() {
        reply(earlier, REPLY);

        UI.getCurrent().navigate(MyRoutinesView.class);
        Card replied = _get(Card.class, spec -> spec.withClasses("limber-unread-replies"));
        assertThat(replied.getTitle().getElement().getText()).isEqualTo("Your coach replied");
        CoachWords words = _get(replied, CoachWords.class);
        assertThat(words.words()).as("as typed, markup and all").isEqualTo(REPLY);
        assertThat(words.getElement().getTextRecursively()).startsWith("Track cool-down, ").endsWith(": " + REPLY);
        assertThat(_get(replied, Anchor.class).getHref()).isEqualTo("my-history");

        UI.getCurrent().navigate(MyHistoryView.class);
        List<Card> entries = _find(Card.class, spec -> spec.withClasses("limber-history-entry"));
        assertThat(entries).hasSize(2);
        assertThat(_find(entries.getFirst(), CoachWords.class)).as("no reply to today's session").isEmpty();
        CoachWords inHistory = _get(entries.get(1), CoachWords.class);
        assertThat(inHistory.getElement().getTextRecursively()).isEqualTo("New" + "Reply from your coach: " + REPLY);
        assertThat(_get(inHistory, Badge.class).getText()).isEqualTo("New");
        assertThat(sessions.unreadReplies()).as("shown, so read").isEmpty();

        UI.getCurrent().navigate(MyRoutinesView.class);
        assertThat(_find(Card.class, spec -> spec.withClasses("limber-unread-replies"))).isEmpty();
        assertThat(_find(CoachWords.class)).isEmpty();

        UI.getCurrent().navigate(MyHistoryView.class);
        CoachWords readReply = _get(CoachWords.class);
        assertThat(readReply.getElement().getTextRecursively()).isEqualTo("Reply from your coach: " + REPLY);
        assertThat(_find(readReply, Badge.class)).as("read now: not new any more").isEmpty();
    }

    @Test
    void aSecondReplyIsNewAgainAndEveryUnreadReplyIsListed() {
        reply(earlier, "First thoughts");
        UI.getCurrent().navigate(MyHistoryView.class);
        clock.advance(java.time.Duration.ofMinutes(5));
        reply(earlier, "On second thought: rest tomorrow");
        clock.advance(java.time.Duration.ofMinutes(5));
        reply(today, "Why did you stop?");

        UI.getCurrent().navigate(MyRoutinesView.class);
        Card replied = _get(Card.class, spec -> spec.withClasses("limber-unread-replies"));
        assertThat(_find(replied, CoachWords.class)).extracting(CoachWords::words)
                .containsExactly("Why did you stop?", "On second thought: rest tomorrow");
        assertThat(_get(replied, Anchor.class).getText()).isEqualTo("Read them in My history");
    }

    @Test
    void painWithItsSideAndEachStepsOutcomeShowWhereRecordedAndOlderSessionsAsBefore() {
        // as the player records them from issue 13 on (its part is another engineer's): pain 0-10 with side, each step's outcome
        jdbc.update("""
                update session_log set pain = true, pain_where = '{HAMSTRINGS}', pain_level = 6, pain_side = 'LEFT', feeling = 'HARD',
                  steps = '[{"name": "Standing calf stretch", "outcome": "DONE", "workSeconds": 30, "plannedSeconds": 30},
                            {"name": "Child''s pose", "outcome": "SKIPPED", "workSeconds": 0, "plannedSeconds": 60},
                            {"name": "Pigeon", "outcome": "SHORTENED", "workSeconds": 10, "plannedSeconds": 40},
                            {"name": "Hamstring stretch", "outcome": "DONE", "workSeconds": 45, "plannedSeconds": 45}]'
                where id = ?""", today);

        UI.getCurrent().navigate(MyHistoryView.class);

        List<Card> entries = _find(Card.class, spec -> spec.withClasses("limber-history-entry"));
        Card recorded = entries.getFirst();
        assertThat(_get(recorded, Badge.class).getText()).isEqualTo("Partial");
        assertThat(_get(recorded, Div.class, spec -> spec.withClasses("limber-history-steps")).getText())
                .isEqualTo("2 of 4 steps done \u00b7 Child's pose skipped \u00b7 Pigeon shortened");
        assertThat(_get(recorded, Div.class, spec -> spec.withClasses("limber-history-facts")).getText())
                .isEqualTo("Felt hard \u00b7 Pain 6/10 \u00b7 " + Muscle.HAMSTRINGS.label() + " \u00b7 Left side");

        Card older = entries.get(1);
        assertThat(_get(older, Badge.class).getText()).isEqualTo("Completed");
        assertThat(_find(older, Div.class, spec -> spec.withClasses("limber-history-steps"))).as("not recorded then").isEmpty();
        assertThat(_get(older, Div.class, spec -> spec.withClasses("limber-history-facts")).getText()).isEqualTo("Felt good");
    }

    @Test
    void noPainAtZeroAndAllStepsDone() {
        jdbc.update("""
                update session_log set pain_level = 0, complete = true,
                  steps = '[{"name": "Standing calf stretch", "outcome": "DONE", "workSeconds": 30, "plannedSeconds": 30},
                            {"name": "Pigeon", "outcome": "DONE", "workSeconds": 40, "plannedSeconds": 40}]'
                where id = ?""", today);

        UI.getCurrent().navigate(MyHistoryView.class);

        Card recorded = _find(Card.class, spec -> spec.withClasses("limber-history-entry")).getFirst();
        assertThat(_get(recorded, Badge.class).getText()).isEqualTo("Completed");
        assertThat(_get(recorded, Div.class, spec -> spec.withClasses("limber-history-steps")).getText()).isEqualTo("All 2 steps done");
        assertThat(_get(recorded, Div.class, spec -> spec.withClasses("limber-history-facts")).getText())
                .isEqualTo("No feedback \u00b7 No pain");
    }

    /** The coach replies; the test continues as the athlete. */
    private void reply(long session, String text) {
        given.as(COACH.email(), () -> {
            sessions.reply(session, text);
            return null;
        });
    }
}
