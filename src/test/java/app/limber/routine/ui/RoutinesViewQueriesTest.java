package app.limber.routine.ui;

import app.limber.routine.RoutineDetails;
import app.limber.support.ListScreenTest;
import app.limber.support.QueryCounter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The routines list costs the same few queries per keystroke of its search, whether it lists 2 routines or 20. */
class RoutinesViewQueriesTest extends ListScreenTest {

    /** The coach's routines with their steps, their stretches, and the latest version of each. */
    static final int BUDGET = 5;

    @Test
    void aKeystrokeInTheSearchCostsTheSameFor2And20Routines() {
        signInAsCoach();
        addRoutines(0, 2);
        UI.getCurrent().navigate(RoutinesView.class);
        RoutinesView view = _get(RoutinesView.class);
        int forTwo = QueryCounter.count(() -> _setValue(view.search, "cool"));
        assertThat(_find(view.list, Card.class)).hasSize(2);

        addRoutines(2, 20);
        _setValue(view.search, "");
        int forTwenty = QueryCounter.count(() -> _setValue(view.search, "cool"));
        assertThat(_find(view.list, Card.class)).hasSize(20);
        // every third routine is a draft, every third is published and every third changed since
        assertThat(_find(view.list, Span.class, spec -> spec.withClasses("limber-routine-state")))
                .extracting(span -> span.getText().substring(0, span.getText().indexOf(" \u00b7 ")))
                .containsOnly("Draft", "Published", "Changed since published")
                .filteredOn("Changed since published"::equals).hasSize(6);

        System.out.printf("routines list queries per keystroke: 2 routines %d, 20 routines %d%n", forTwo, forTwenty);
        assertThat(forTwenty).as("queries for 20 routines (2 routines: %d)", forTwo).isEqualTo(forTwo);
        assertThat(forTwo).isLessThanOrEqualTo(BUDGET);
    }

    private void addRoutines(int from, int to) {
        for (int index = from; index < to; index++) {
            RoutineDetails routine = routine("Track cool-down " + index, 3);
            if (index % 3 != 0) {
                publishing.publish(routine.id(), "");
            }
            if (index % 3 == 2) {
                publishAgain(routine.id(), 45);
                routines.describe(routine.id(), "Track cool-down " + index, "Changed", null);
            }
        }
    }
}
