package app.limber.coaching;

import app.limber.base.Words;
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
                        Words.of("attention.hard-twice", latest.title()), null));
            }
        }
        if (firstGiven != null) {
            Instant since = lastSession == null || lastSession.isBefore(firstGiven) ? firstGiven : lastSession;
            long days = Duration.between(since, now).toDays();
            if (days >= CoachHomeService.QUIET_DAYS) {
                items.add(new AttentionItem(athleteId, athlete, Reason.INACTIVE, since, null,
                        Words.of(lastSession == null ? "attention.inactive-never" : "attention.inactive", days), null));
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
                Words.of("attention.behind", week.words(), week.dueSoFar()), null));
    }

    /** "Pain 6/10 at Hamstrings, left side after “Cool-down”." */
    static Words painWhy(Row row) {
        Words why = row.painLevel() == null ? Words.of("attention.pain-reported") : Words.of("attention.pain-level", row.painLevel());
        if (!row.painWhere().isEmpty()) {
            why = Words.of("attention.pain-at", why, Plan.listed(row.painWhere().stream().map(AttentionRules::inSentence).toList()));
        }
        if (row.painSide() != null) {
            why = Words.of(switch (row.painSide()) {
                case LEFT -> "attention.pain-left";
                case RIGHT -> "attention.pain-right";
                case BOTH -> "attention.pain-both";
            }, why);
        }
        return Words.of("attention.pain", why, row.title());
    }

    /** A muscle inside a sentence: "hamstrings" (German keeps its nouns' capitals). */
    static Words inSentence(Muscle muscle) {
        return Words.of(switch (muscle) {
                case CALF_GASTROCNEMIUS -> "attention.muscle.calf-gastrocnemius";
                case CALF_SOLEUS -> "attention.muscle.calf-soleus";
                case SHIN -> "attention.muscle.shin";
                case FOOT -> "attention.muscle.foot";
                case HAMSTRINGS -> "attention.muscle.hamstrings";
                case QUADRICEPS -> "attention.muscle.quadriceps";
                case HIP_FLEXORS -> "attention.muscle.hip-flexors";
                case GLUTES -> "attention.muscle.glutes";
                case PIRIFORMIS -> "attention.muscle.piriformis";
                case HIP_ABDUCTORS -> "attention.muscle.hip-abductors";
                case ADDUCTORS -> "attention.muscle.adductors";
                case IT_BAND -> "attention.muscle.it-band";
                case LOWER_BACK -> "attention.muscle.lower-back";
                case SIDE -> "attention.muscle.side";
                case OBLIQUES -> "attention.muscle.obliques";
                case UPPER_BACK -> "attention.muscle.upper-back";
                case SHOULDERS -> "attention.muscle.shoulders";
                case CHEST -> "attention.muscle.chest";
                case NECK -> "attention.muscle.neck";
                case ARMS -> "attention.muscle.arms";
        });
    }

    /** What an acknowledged item was about, when its session is no longer among those read. */
    static Words generic(Reason reason) {
        return Words.of(switch (reason) {
            case PAIN -> "attention.generic-pain";
            case HARD_TWICE -> "attention.generic-hard-twice";
            case INACTIVE -> "attention.generic-inactive";
            case BEHIND_PLAN -> "attention.generic-behind";
        });
    }
}
