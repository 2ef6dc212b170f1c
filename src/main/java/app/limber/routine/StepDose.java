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

    /** The dose in a few words, for a step's one-line row: "45 s × 2 · each side · rest 15 s". */
    public String summary() {
        var parts = new java.util.ArrayList<String>();
        String hold = holdSeconds > 0 ? Durations.exactly(holdSeconds) : "no hold";
        if (sides == Sides.EACH_SIDE && secondSideHoldSeconds != null && secondSideHoldSeconds != holdSeconds) {
            hold += " (right " + Durations.exactly(secondSideHoldSeconds) + ")";
        }
        parts.add(reps > 1 ? hold + " \u00d7 " + reps : hold);
        switch (sides) {
            case EACH_SIDE -> parts.add("each side");
            case LEFT_ONLY -> parts.add("left only");
            case RIGHT_ONLY -> parts.add("right only");
            case BOTH_AT_ONCE -> { }
        }
        if (restSeconds > 0) {
            parts.add("rest " + Durations.exactly(restSeconds));
        }
        return String.join(" \u00b7 ", parts);
    }
}
