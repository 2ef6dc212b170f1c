package app.limber.coaching;

import java.util.List;

/**
 * What a coach sees first: each athlete's week, the recent sessions newest first, and what needs
 * attention. With no athletes yet, the home leads through the first steps instead.
 */
public record CoachHome(List<AthleteWeek> week, List<SessionSummary> recent, List<AttentionItem> attention) {

    public CoachHome {
        week = List.copyOf(week);
        recent = List.copyOf(recent);
        attention = List.copyOf(attention);
    }

    public boolean noAthletesYet() {
        return week.isEmpty();
    }
}
