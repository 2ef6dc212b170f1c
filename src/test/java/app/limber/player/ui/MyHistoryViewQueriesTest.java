package app.limber.player.ui;

import app.limber.coaching.SessionEntry;
import app.limber.routine.RoutineDetails;
import app.limber.support.ListScreenTest;
import app.limber.support.QueryCounter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** "My history" costs the same few queries for 2 sessions as for 20, each of another routine or version. */
class MyHistoryViewQueriesTest extends ListScreenTest {

    /**
     * The sessions, the versions they were of, which routines the athlete still has (to link back
     * to them). No check that the signed-in account still
     * exists: a deleted account is signed out on every node as it hears of it (SignedInSessions, issue 17).
     */
    static final int BUDGET = 3;

    private static final String ANA = "ana@example.com";

    @Test
    void opening2Or20SessionsCostsTheSame() {
        signInAsCoach();
        long ana = athleteOnRoster(ANA, "Ana");
        sessions(ana, 0, 2);
        int forTwo = openMyHistory();
        assertThat(_find(Card.class)).hasSize(2);

        sessions(ana, 2, 20);
        int forTwenty = openMyHistory();
        assertThat(_find(Card.class)).hasSize(20);
        assertThat(_find(Card.class)).extracting(card -> card.getTitle().getElement().getText())
                .as("each session shows the title of the version it was of")
                .contains("Evening routine 0 (version 1)", "Evening routine 19 (version 2)");

        System.out.printf("my history queries: 2 sessions %d, 20 sessions %d%n", forTwo, forTwenty);
        assertThat(forTwenty).as("queries for 20 sessions (2 sessions: %d)", forTwo).isEqualTo(forTwo);
        assertThat(forTwo).isLessThanOrEqualTo(BUDGET);
    }

    /** One session per routine; odd routines were done at version 1, then retitled and done again at version 2. */
    private void sessions(long athlete, int from, int to) {
        for (int index = from; index < to; index += 2) {
            RoutineDetails routine = routine("Evening routine " + index + " (version 1)", 2);
            publishing.publish(routine.id(), "");
            assignments.assign(routine.id(), List.of(athlete), "");
            sessionOf(ANA, routine.id(), true);
            routine = routines.open(routine.id());
            routines.describe(routine.id(), "Evening routine " + (index + 1) + " (version 2)", "", null);
            publishing.publish(routine.id(), "");
            sessionOf(ANA, routine.id(), false);
        }
    }

    @Test
    void reading2Or20RepliesCostsTheSame() {
        signInAsCoach();
        long ana = athleteOnRoster(ANA, "Ana");
        sessions(ana, 0, 2);
        replyToAll();
        int forTwo = openMyHistory();
        assertThat(_find(Badge.class, spec -> spec.withText("New"))).hasSize(2);

        sessions(ana, 2, 20);
        replyToAll();
        int forTwenty = openMyHistory();
        assertThat(_find(Badge.class, spec -> spec.withText("New"))).as("every session has an unread reply").hasSize(20);
        signInAs(ANA);
        assertThat(sessions.unreadReplies()).as("all read once shown").isEmpty();
        signInAs(COACH.email());

        System.out.printf("my history queries with unread replies: 2 sessions %d, 20 sessions %d%n", forTwo, forTwenty);
        assertThat(forTwenty).as("queries for 20 replies (2 replies: %d)", forTwo).isEqualTo(forTwo);
        assertThat(forTwo).as("the sessions, their versions, marking the replies read").isLessThanOrEqualTo(BUDGET + 1);
    }

    /** The coach replies to every session of Ana's (again, for ones replied to before: new again). */
    private void replyToAll() {
        signInAs(ANA);
        List<Long> ids = sessions.myHistory().stream().map(SessionEntry::id).toList();
        signInAs(COACH.email());
        ids.forEach(id -> sessions.reply(id, "Nice"));
    }

    private int openMyHistory() {
        signInAs(ANA);
        UI.getCurrent().navigate("my-routines");
        int queries = QueryCounter.count(() -> UI.getCurrent().navigate(MyHistoryView.class));
        signInAs(COACH.email());
        return queries;
    }
}
