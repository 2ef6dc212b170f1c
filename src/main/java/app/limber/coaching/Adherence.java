package app.limber.coaching;

import java.time.Instant;

/**
 * How an athlete keeps up, from their session logs: completions in the last 7 and 30 days,
 * the last session, how it felt, and whether pain was reported lately ("needs attention").
 */
public record Adherence(long athleteId, String athlete, int last7Days, int last30Days, Instant lastDone,
                        Feeling lastFeeling, boolean needsAttention) {
}
