package app.limber.coaching;

import app.limber.body.Muscle;

import java.time.Instant;
import java.util.List;

/**
 * One athlete's session as the coach reads it: on the coach home and the athlete page.
 *
 * @param routineTitle the title of the version played
 * @param complete     every step done (for older sessions: what was logged then)
 * @param feeling      null when the athlete did not say
 * @param painLevel    0–10; null when not recorded (older sessions say only {@code pain})
 * @param painSide     null when not said
 * @param steps        what became of each step; empty for sessions from before that was recorded
 * @param reply        the coach's reply; null when none
 */
public record SessionSummary(long sessionId, long athleteId, String athlete, long routineId, String routineTitle,
                             int version, Instant finishedAt, boolean complete, int stepsDone, int stepsTotal,
                             Feeling feeling, boolean pain, Integer painLevel, PainSide painSide, List<Muscle> painWhere,
                             String note, List<StepResult> steps, String reply, Instant repliedAt) {

    public SessionSummary {
        painWhere = List.copyOf(painWhere);
        steps = List.copyOf(steps);
    }
}
