package app.limber.coaching.ui;

import app.limber.routine.RoutineDetails;
import app.limber.support.ListScreenTest;
import app.limber.support.QueryCounter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Athletes page (roster with how each keeps up, groups, invite links) costs the same
 * few queries for 2 athletes and groups as for 20.
 */
class AthletesViewQueriesTest extends ListScreenTest {

    /**
     * Roster and names with time zones (twice: the roster and the adherence); the sessions of the
     * last 30 days; the routines given with their plans (adherence against the plan); who is on the
     * roster and the groups with their members; the group links with their groups' names; the invites. No check that the signed-in account still exists: an account deleted on another
     * node is signed out when this node hears of it (SignedInSessions, issue 17).
     */
    static final int BUDGET = 10;

    private final List<Long> athletes = new ArrayList<>();
    private long routineId;

    @Test
    void theRosterAndGroupsOf2Or20AthletesCostTheSame() {
        signInAsCoach();
        RoutineDetails routine = routine("Track cool-down", 2);
        publishing.publish(routine.id(), "");
        routineId = routine.id();
        addAthletesAndGroups(0, 2);
        int forTwo = refresh();
        assertThat(rows(_get(AthletesView.class).groups)).hasSize(2);

        addAthletesAndGroups(2, 20);
        // one who left the roster stays out of the groups they were in
        roster.removeAthlete(athletes.get(1));
        int forTwenty = refresh();
        AthletesView view = _get(AthletesView.class);
        assertThat(rows(view.athletes)).hasSize(19);
        assertThat(rows(view.groups)).hasSize(20);
        assertThat(_find(view.groups, Span.class, spec -> spec.withClasses("limber-roster-joined"))).extracting(Span::getText)
                .contains("Athlete 02, Athlete 03", "Athlete 00, Athlete 19").noneMatch(text -> text.contains("Athlete 01"));
        assertThat(_find(view.athletes, Span.class, spec -> spec.withClasses("limber-adherence"))).extracting(Span::getText)
                .allMatch(text -> text.startsWith("1 complete this week · 1 complete in 30 days"));

        System.out.printf("athletes page queries: 2 athletes/groups %d, 20 athletes/groups %d%n", forTwo, forTwenty);
        assertThat(forTwenty).as("queries for 20 athletes and groups (2: %d)", forTwo).isEqualTo(forTwo);
        assertThat(forTwo).isLessThanOrEqualTo(BUDGET);
    }

    /** Athletes who each did the routine once, and a group per athlete: them and the next one. */
    private void addAthletesAndGroups(int from, int to) {
        for (int index = from; index < to; index++) {
            String email = "athlete" + index + "@example.com";
            athletes.add(athleteOnRoster(email, "Athlete %02d".formatted(index)));
            assignments.assign(routineId, List.of(athletes.getLast()), "");
            sessionOf(email, routineId, true);
        }
        for (int index = from; index < to; index++) {
            Set<Long> members = new HashSet<>(List.of(athletes.get(index), athletes.get((index + 1) % to)));
            roster.saveGroup(null, "Group %02d".formatted(index), members);
        }
    }

    private int refresh() {
        signInAs(COACH.email());
        UI.getCurrent().navigate("routines");
        return QueryCounter.count(() -> UI.getCurrent().navigate(AthletesView.class));
    }

    private static List<HorizontalLayout> rows(com.vaadin.flow.component.Component list) {
        return list.getChildren().filter(HorizontalLayout.class::isInstance).map(HorizontalLayout.class::cast).toList();
    }
}
