package app.limber.routine;

/**
 * How a step is done: hold, reps, sides, an optional different hold for the second side
 * (each side only), rest after the step, and the coach's note.
 *
 * @param secondSideHoldSeconds null for "same as the first side"
 */
public record StepDose(int holdSeconds, int reps, Sides sides, Integer secondSideHoldSeconds, int restSeconds, String note) {

    public StepDose {
        note = note == null ? "" : note;
    }
}
