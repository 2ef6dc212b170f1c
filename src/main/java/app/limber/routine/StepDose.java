package app.limber.routine;

import app.limber.base.Durations;

import java.util.Locale;

/**
 * How a step is done: hold, reps, sides, an optional different hold for the second side
 * (each side only), rest after the step, and the coach's note; or, for a cramp-relief
 * technique, "until it releases": each hold lasts until the athlete feels the cramp let go,
 * at most {@code releaseMaxSeconds} (reps and sides still apply, the fixed hold is kept for
 * when the coach switches back).
 *
 * @param secondSideHoldSeconds null for "same as the first side"
 * @param untilReleased         each hold lasts until it releases, instead of a fixed time
 * @param releaseMaxSeconds     the longest such a hold lasts before the player suggests stopping
 */
public record StepDose(int holdSeconds, int reps, Sides sides, Integer secondSideHoldSeconds, int restSeconds, String note,
                       boolean untilReleased, int releaseMaxSeconds) {

    /** The longest an "until it releases" hold lasts unless the coach says otherwise. */
    public static final int DEFAULT_RELEASE_MAX_SECONDS = 120;
    public static final int MIN_RELEASE_MAX_SECONDS = 30;
    public static final int MAX_RELEASE_MAX_SECONDS = 300;

    public StepDose {
        note = note == null ? "" : note;
    }

    /** A dose with a fixed hold. */
    public StepDose(int holdSeconds, int reps, Sides sides, Integer secondSideHoldSeconds, int restSeconds, String note) {
        this(holdSeconds, reps, sides, secondSideHoldSeconds, restSeconds, note, false, DEFAULT_RELEASE_MAX_SECONDS);
    }

    /** This dose held until it releases (at most {@code maxSeconds}), or with its fixed hold again. */
    public StepDose untilReleased(boolean untilReleased, int maxSeconds) {
        return new StepDose(holdSeconds, reps, sides, secondSideHoldSeconds, restSeconds, note, untilReleased, maxSeconds);
    }

    /** "Until it releases (up to 2 min)". */
    private String release() {
        return "Until it releases (up to " + Durations.exactly(releaseMaxSeconds) + ")";
    }

    /** The dose in the coach's words: "Hold 30 s (right 45 s) · 2 reps · each side (left, then right) · rest 15 s". */
    public String describe() {
        var text = new StringBuilder(untilReleased ? release() : holdSeconds > 0 ? "Hold " + Durations.exactly(holdSeconds) : "No hold");
        if (!untilReleased && sides == Sides.EACH_SIDE && secondSideHoldSeconds != null && secondSideHoldSeconds != holdSeconds) {
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
        String hold = untilReleased ? "until it releases, up to " + Durations.exactly(releaseMaxSeconds)
                : holdSeconds > 0 ? Durations.exactly(holdSeconds) : "no hold";
        if (!untilReleased && sides == Sides.EACH_SIDE && secondSideHoldSeconds != null && secondSideHoldSeconds != holdSeconds) {
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
