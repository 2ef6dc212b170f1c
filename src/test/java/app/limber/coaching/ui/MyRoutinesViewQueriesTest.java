package app.limber.coaching.ui;

import app.limber.base.ui.CoachWords;
import app.limber.coaching.SessionReport;
import app.limber.routine.RoutineDetails;
import app.limber.support.ListScreenTest;
import app.limber.support.QueryCounter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The athlete's "My routines" costs the same few queries for 2 routines as for 20, however
 * many sessions the athlete has logged and however many replies from the coach are unread.
 */
class MyRoutinesViewQueriesTest extends ListScreenTest {

    /**
     * The assignments (roster checked in the same query), the athlete's time zone (Today's days
     * and weeks are theirs), coaches' names, latest versions (with their publish notes) and last
     * seen ones, last done with this week's and today's sessions, the unread replies. No check that the signed-in account still exists: an account deleted on another
     * node is signed out when this node hears of it (SignedInSessions, issue 17).
     */
    static final int BUDGET = 7;

    private static final String ANA = "ana@example.com";

    /** Each routine's last session, which the coach replies to. */
    private final List<Long> lastSessions = new java.util.ArrayList<>();

    @Test
    void opening2Or20RoutinesCostsTheSame() {
        signInAsCoach();
        long ana = athleteOnRoster(ANA, "Ana");
        give(ana, 0, 2);
        int forTwo = openMyRoutines();
        assertThat(_find(Card.class, spec -> spec.withClasses("limber-assigned-card"))).hasSize(2);

        give(ana, 2, 20);
        int forTwenty = openMyRoutines();
        List<Card> cards = _find(Card.class, spec -> spec.withClasses("limber-assigned-card"));
        assertThat(cards).hasSize(20);
        assertThat(_find(Badge.class, spec -> spec.withText("New version")))
                .as("every routine has a version newer than the one Ana opened").hasSize(20);
        assertThat(_find(CoachWords.class, spec -> spec.withClasses("limber-publish-note")))
                .as("each with the note it was published with").hasSize(20);
        assertThat(_find(CoachWords.class, spec -> spec.withClasses("limber-unread-reply")))
                .as("the coach replied to a session of each").hasSize(20);
        assertThat(_find(Div.class, spec -> spec.withClasses("limber-last-done"))).extracting(Div::getText)
                .filteredOn(text -> text.startsWith("Last done")).hasSize(20);

        System.out.printf("my routines queries: 2 routines %d, 20 routines %d%n", forTwo, forTwenty);
        assertThat(forTwenty).as("queries for 20 routines (2 routines: %d)", forTwo).isEqualTo(forTwo);
        assertThat(forTwo).isLessThanOrEqualTo(BUDGET);
    }

    /**
     * Routines the athlete opened at version 1, did three times (once stopped part-way), then got
     * version 2 of.
     */
    private void give(long athlete, int from, int to) {
        for (int index = from; index < to; index++) {
            RoutineDetails routine = routine("Morning mobility " + index, 3);
            publishing.publish(routine.id(), "");
            assignments.assign(routine.id(), List.of(athlete), "daily");
            signInAs(ANA);
            assignments.openToPlay(routine.id());
            signInAs(COACH.email());
            sessionOf(ANA, routine.id(), true);
            sessionOf(ANA, routine.id(), false);
            signInAs(ANA);
            long last = sessions.logSession(SessionReport.ended(routine.id(), 0, true, 3, 3));
            signInAs(COACH.email());
            lastSessions.add(last);
            publishAgain(routine.id(), 45);
        }
    }

    private int openMyRoutines() {
        signInAs(ANA);
        UI.getCurrent().navigate("my-history");
        // My history has read the replies: the coach replies to the last session of each routine again
        signInAs(COACH.email());
        lastSessions.forEach(session -> sessions.reply(session, "Well done"));
        signInAs(ANA);
        int queries = QueryCounter.count(() -> UI.getCurrent().navigate(MyRoutinesView.class));
        signInAs(COACH.email());
        return queries;
    }
}
