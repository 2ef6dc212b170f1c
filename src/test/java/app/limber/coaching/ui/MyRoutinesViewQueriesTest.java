package app.limber.coaching.ui;

import app.limber.routine.RoutineDetails;
import app.limber.support.ListScreenTest;
import app.limber.support.QueryCounter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The athlete's "My routines" costs the same few queries for 2 routines as for 20, however
 * many sessions the athlete has logged.
 */
class MyRoutinesViewQueriesTest extends ListScreenTest {

    /** The assignments (roster checked in the same query), coaches' names, latest and last seen versions, last done. */
    static final int BUDGET = 5;

    private static final String ANA = "ana@example.com";

    @Test
    void opening2Or20RoutinesCostsTheSame() {
        signInAsCoach();
        long ana = athleteOnRoster(ANA, "Ana");
        give(ana, 0, 2);
        int forTwo = openMyRoutines();
        assertThat(_find(Card.class)).hasSize(2);

        give(ana, 2, 20);
        int forTwenty = openMyRoutines();
        List<Card> cards = _find(Card.class);
        assertThat(cards).hasSize(20);
        assertThat(_find(Badge.class)).as("every routine has a version newer than the one Ana opened").hasSize(20);
        assertThat(_find(Span.class, spec -> spec.withClasses("limber-last-done"))).extracting(Span::getText)
                .filteredOn(text -> text.startsWith("Last done")).hasSize(20);

        System.out.printf("my routines queries: 2 routines %d, 20 routines %d%n", forTwo, forTwenty);
        assertThat(forTwenty).as("queries for 20 routines (2 routines: %d)", forTwo).isEqualTo(forTwo);
        assertThat(forTwo).isLessThanOrEqualTo(BUDGET);
    }

    /** Routines the athlete opened at version 1, did three times (once stopped part-way), then got version 2 of. */
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
            sessionOf(ANA, routine.id(), true);
            publishAgain(routine.id(), 45);
        }
    }

    private int openMyRoutines() {
        signInAs(ANA);
        UI.getCurrent().navigate("my-history");
        int queries = QueryCounter.count(() -> UI.getCurrent().navigate(MyRoutinesView.class));
        signInAs(COACH.email());
        return queries;
    }
}
