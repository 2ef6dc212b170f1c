package app.limber.coaching;

import java.time.Instant;
import java.util.List;

/**
 * Everything the coach knows of one of their athletes: who they are, how they keep up (complete
 * and partial sessions apart, over 7 and 30 days), what they have been given, their sessions
 * newest first (at most {@link CoachHomeService#TIMELINE_SIZE}), and what needs or needed attention.
 *
 * @param plan this week against their plan (in their time zone); null when no plan asks for a session this week
 */
public record AthletePage(long athleteId, String name, List<String> groups, Instant joinedAt,
                          int complete7, int partial7, int complete30, int partial30, WeekProgress plan,
                          List<GivenRoutine> given, List<SessionSummary> sessions,
                          List<AttentionItem> attention, List<AttentionItem> acknowledged) {

    public AthletePage {
        groups = List.copyOf(groups);
        given = List.copyOf(given);
        sessions = List.copyOf(sessions);
        attention = List.copyOf(attention);
        acknowledged = List.copyOf(acknowledged);
    }
}
