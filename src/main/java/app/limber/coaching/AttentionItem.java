package app.limber.coaching;

import java.time.Instant;

/**
 * Something about an athlete the coach should look at. It is identified by athlete, reason and
 * the moment it began; acknowledging it takes it off the coach home and keeps it in the
 * athlete's history.
 *
 * @param since          when it began: the session that raised it, or the last activity before a quiet week
 * @param sessionId      the session that raised it; null for a quiet week
 * @param why            what happened, in a sentence (in the reader's words; English as text)
 * @param acknowledgedAt null while it needs attention
 */
public record AttentionItem(long athleteId, String athlete, Reason reason, Instant since, Long sessionId,
                            app.limber.base.Words why, Instant acknowledgedAt) {

    public enum Reason {
        /** Pain of {@link CoachHomeService#PAIN_THRESHOLD} or more. */
        PAIN,
        /** Two sessions in a row felt hard. */
        HARD_TWICE,
        /** Nothing done for {@link CoachHomeService#QUIET_DAYS} days although something was given (athletes with no plan). */
        INACTIVE,
        /** Fewer sessions this week than the days of the plan already past asked for. */
        BEHIND_PLAN
    }
}
