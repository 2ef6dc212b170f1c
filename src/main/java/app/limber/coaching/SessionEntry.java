package app.limber.coaching;

import app.limber.body.Muscle;

import java.time.Instant;
import java.util.List;

/**
 * One of the athlete's own sessions, for their history.
 *
 * @param feeling     null when not given
 * @param painLevel   0–10; null when not recorded
 * @param painSide    null when not said
 * @param steps       what became of each step; empty for sessions from before that was recorded
 * @param reply       the coach's reply; null when none
 * @param replyUnread whether the athlete has yet to read the reply
 */
public record SessionEntry(long id, long routineId, String routineTitle, Instant finishedAt, boolean complete,
                           int stepsDone, int stepsTotal, Feeling feeling, boolean pain, List<Muscle> painWhere,
                           String note, Integer painLevel, PainSide painSide, List<StepResult> steps,
                           String reply, Instant repliedAt, boolean replyUnread) {
}
