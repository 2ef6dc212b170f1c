package app.limber.coaching;

import java.time.Instant;

/**
 * How an athlete keeps up, from their session logs: complete sessions in the last 7 and 30
 * days, and apart from them partial ones (some step shortened or skipped, or stopped early),
 * the last complete session, how it felt, and whether pain of {@value CoachHomeService#PAIN_THRESHOLD}
 * or more was reported within {@link CoachHomeService#ATTENTION_WINDOW} (a fact; what needs the
 * coach's attention, and whether it was acknowledged, is the coach home's).
 *
 * @param last7Days  complete sessions in the last 7 days
 * @param last30Days complete sessions in the last 30 days
 * @param lastDone   the last complete session; null for none in 30 days
 * @param plan       this week (Monday to Sunday in the athlete's time zone) against their plan; null
 *                   when no plan asks for a session this week
 */
public record Adherence(long athleteId, String athlete, int last7Days, int last30Days, Instant lastDone,
                        Feeling lastFeeling, boolean painLately, int partial7Days, int partial30Days, WeekProgress plan) {
}
