package app.limber.coaching;

import app.limber.body.Muscle;
import app.limber.coaching.AttentionItem.Reason;
import app.limber.coaching.SessionLogQueries.Row;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that put an athlete under "Needs attention", over their sessions with one
 * coach: pain of {@value CoachHomeService#PAIN_THRESHOLD} or more, two sessions in a row that
 * felt hard (both within {@link CoachHomeService#ATTENTION_WINDOW}), behind their plan this week
 * where they have one, and, where they have none, nothing done for
 * {@value CoachHomeService#QUIET_DAYS} days although something was given.
 */
final class AttentionRules {

    private AttentionRules() {
    }

    /**
     * @param newestFirst  the athlete's sessions with the coach, newest first (at least those within the window)
     * @param lastSession  when the athlete last did any session with the coach; null when never
     * @param firstGiven   when the earliest of the routines they have now was given; null when they have none
     */
    static List<AttentionItem> of(long athleteId, String athlete, List<Row> newestFirst, Instant lastSession,
                                  Instant firstGiven, Instant now) {
        Instant window = now.minus(CoachHomeService.ATTENTION_WINDOW);
        List<AttentionItem> items = new ArrayList<>();
        List<Row> recent = newestFirst.stream().filter(row -> row.finishedAt().isAfter(window)).toList();
        for (Row row : recent) {
            if (row.painAtLeast(CoachHomeService.PAIN_THRESHOLD)) {
                items.add(new AttentionItem(athleteId, athlete, Reason.PAIN, row.finishedAt(), row.id(), painWhy(row), null));
            }
        }
        List<Row> rated = recent.stream().filter(row -> row.feeling() != null).toList();
        for (int i = 0; i + 1 < rated.size(); i++) {
            if (rated.get(i).feeling() == Feeling.HARD && rated.get(i + 1).feeling() == Feeling.HARD) {
                Row latest = rated.get(i);
                items.add(new AttentionItem(athleteId, athlete, Reason.HARD_TWICE, latest.finishedAt(), latest.id(),
                        "Two sessions in a row felt hard, the latest \u201c" + latest.title() + "\u201d.", null));
            }
        }
        if (firstGiven != null) {
            Instant since = lastSession == null || lastSession.isBefore(firstGiven) ? firstGiven : lastSession;
            long days = Duration.between(since, now).toDays();
            if (days >= CoachHomeService.QUIET_DAYS) {
                items.add(new AttentionItem(athleteId, athlete, Reason.INACTIVE, since, null,
                        (lastSession == null ? "Nothing done yet, " : "Nothing done for ") + days + " days"
                                + (lastSession == null ? " after being given a routine." : ", although routines were given."), null));
            }
        }
        return items;
    }

    /**
     * Behind plan: fewer sessions this week than the days already past asked for; one item a week,
     * from the Monday that began it (in the athlete's zone).
     *
     * @param week null when no plan asks for a session this week
     */
    static List<AttentionItem> behindPlan(long athleteId, String athlete, WeekProgress week, Instant weekStart) {
        if (week == null || !week.behind()) {
            return List.of();
        }
        return List.of(new AttentionItem(athleteId, athlete, Reason.BEHIND_PLAN, weekStart, null,
                "Behind plan: " + week.label() + ", with " + week.dueSoFar() + " due by now.", null));
    }

    /** "Pain 6/10 at the hamstrings, left side, after “Cool-down”." */
    static String painWhy(Row row) {
        StringBuilder why = new StringBuilder(row.painLevel() == null ? "Pain reported" : "Pain " + row.painLevel() + "/10");
        if (!row.painWhere().isEmpty()) {
            why.append(" at ").append(Muscle.listed(row.painWhere()).toLowerCase(java.util.Locale.ROOT));
        }
        if (row.painSide() != null) {
            why.append(", ").append(row.painSide() == PainSide.BOTH ? "both sides" : row.painSide().label().toLowerCase(java.util.Locale.ROOT) + " side");
        }
        return why.append(" after \u201c").append(row.title()).append("\u201d.").toString();
    }

    /** What an acknowledged item was about, when its session is no longer among those read. */
    static String generic(Reason reason) {
        return switch (reason) {
            case PAIN -> "Pain reported.";
            case HARD_TWICE -> "Two sessions in a row felt hard.";
            case INACTIVE -> "A quiet week although routines were given.";
            case BEHIND_PLAN -> "Behind plan.";
        };
    }
}
