package app.limber.coaching.snapshot;

import app.limber.routine.Sides;

/**
 * A step's dose as stored: hold, reps, sides, the second side's own hold, rest and the
 * coach's note.
 *
 * @param secondSideHoldSeconds null for "same as the first side"
 * @param untilReleased         each hold lasts until it releases; absent (read as false) in rows written before it existed
 * @param releaseMaxSeconds     the longest such a hold lasts; absent (read as the default) in rows written before it existed
 */
public record DoseSnapshot(int holdSeconds, int reps, Sides sides, Integer secondSideHoldSeconds, int restSeconds,
                           String note, Boolean untilReleased, Integer releaseMaxSeconds) {
}
