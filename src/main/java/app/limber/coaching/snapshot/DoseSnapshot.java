package app.limber.coaching.snapshot;

import app.limber.routine.Sides;

/**
 * A step's dose as stored: hold, reps, sides, the second side's own hold, rest and the
 * coach's note.
 *
 * @param secondSideHoldSeconds null for "same as the first side"
 */
public record DoseSnapshot(int holdSeconds, int reps, Sides sides, Integer secondSideHoldSeconds, int restSeconds,
                           String note) {
}
