package app.limber.sharing.ui;

import app.limber.coaching.Feeling;
import app.limber.routine.RoutineDetails;
import app.limber.sharing.Pin;
import app.limber.sharing.ShareLinkSummary;
import app.limber.support.ListScreenTest;
import app.limber.support.QueryCounter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** A routine's share links page costs the same few queries for 2 links as for 20. */
class ShareLinksViewQueriesTest extends ListScreenTest {

    /**
     * The routine's title (the ownership check), its latest version (with its own check), its links, their completions,
     * and their opens (appended one row per open, issue 17, and summed per link in one query). No check that the signed-in account still exists: an account deleted on another
     * node is signed out when this node hears of it (SignedInSessions, issue 17).
     */
    static final int BUDGET = 6;

    private RoutineDetails routine;

    @Test
    void opening2Or20LinksCostsTheSame() {
        signInAsCoach();
        routine = routine("Track cool-down", 3);
        publishing.publish(routine.id(), "");
        addLinks(0, 2);
        int forTwo = openShareLinks();
        assertThat(_find(Div.class, spec -> spec.withClasses("limber-share-link"))).hasSize(2);

        publishAgain(routine.id(), 45);
        addLinks(2, 20);
        int forTwenty = openShareLinks();
        assertThat(_find(Div.class, spec -> spec.withClasses("limber-share-link"))).hasSize(20);
        assertThat(_find(Span.class, spec -> spec.withClasses("limber-share-link-counts"))).extracting(Span::getText)
                .contains("1 open \u00b7 1 completion", "0 opens \u00b7 0 completions");
        assertThat(_find(Span.class, spec -> spec.withClasses("limber-share-link-facts"))).extracting(Span::getText)
                .anyMatch(text -> text.endsWith("Shows version 1")).anyMatch(text -> text.endsWith("Shows the latest version (now 2)"));

        System.out.printf("share links page queries: 2 links %d, 20 links %d%n", forTwo, forTwenty);
        assertThat(forTwenty).as("queries for 20 links (2 links: %d)", forTwo).isEqualTo(forTwo);
        assertThat(forTwo).isLessThanOrEqualTo(BUDGET);
    }

    /** Links, every other one pinned to the version of the day; every third was opened and finished once. */
    private void addLinks(int from, int to) {
        for (int index = from; index < to; index++) {
            ShareLinkSummary link = sharing.create(routine.id(), "Link " + index, null,
                    index % 2 == 0 ? Pin.CURRENT_VERSION : Pin.LATEST_PUBLISHED);
            if (index % 3 == 0) {
                signOut();
                sharing.open(link.token());
                sharing.recordCompletion(link.token(), Feeling.GOOD);
                signInAs(COACH.email());
            }
        }
    }

    private int openShareLinks() {
        signInAs(COACH.email());
        UI.getCurrent().navigate("routines");
        return QueryCounter.count(() -> UI.getCurrent().navigate(ShareLinksView.class,
                new RouteParameters(ShareLinksView.ID, String.valueOf(routine.id()))));
    }
}
