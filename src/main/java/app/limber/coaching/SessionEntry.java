package app.limber.coaching;

import app.limber.body.Muscle;

import java.time.Instant;
import java.util.List;

/**
 * One of the athlete's own sessions, for their history.
 *
 * @param feeling null when not given
 */
public record SessionEntry(long id, long routineId, String routineTitle, Instant finishedAt, boolean complete,
                           int stepsDone, int stepsTotal, Feeling feeling, boolean pain, List<Muscle> painWhere,
                           String note) {
}
