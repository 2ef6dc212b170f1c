package app.limber.routine;

import app.limber.base.Durations;

import java.util.Locale;

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

    /** The dose in the coach's words: "Hold 30 s (right 45 s) · 2 reps · each side (left, then right) · rest 15 s". */
    public String describe() {
        var text = new StringBuilder(holdSeconds > 0 ? "Hold " + Durations.exactly(holdSeconds) : "No hold");
        if (sides == Sides.EACH_SIDE && secondSideHoldSeconds != null && secondSideHoldSeconds != holdSeconds) {
            text.append(" (right ").append(Durations.exactly(secondSideHoldSeconds)).append(')');
        }
        text.append(" · ").append(reps).append(reps == 1 ? " rep" : " reps")
                .append(" · ").append(sides.label().toLowerCase(Locale.ROOT));
        if (restSeconds > 0) {
            text.append(" · rest ").append(Durations.exactly(restSeconds));
        }
        return text.toString();
    }
}
