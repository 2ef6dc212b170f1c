package app.limber.routine;

import app.limber.base.Durations;
import app.limber.base.Words;

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

    /**
     * The dose in the coach's words: "Hold 30 s (right 45 s) · 2 reps · each side (left, then right) · rest 15 s",
     * to show in the reader's language ({@link Words#shown()}, {@link Words#in}).
     */
    public Words describeInWords() {
        Words hold;
        Integer right = differentSecondSide();
        if (untilReleased) {
            hold = Words.of("step-dose.until-released", Durations.exactlyInWords(releaseMaxSeconds));
        } else if (holdSeconds > 0) {
            hold = right == null ? Words.of("step-dose.hold", Durations.exactlyInWords(holdSeconds))
                    : Words.of("step-dose.hold-right", Durations.exactlyInWords(holdSeconds), Durations.exactlyInWords(right));
        } else {
            hold = right == null ? Words.of("step-dose.no-hold") : Words.of("step-dose.no-hold-right", Durations.exactlyInWords(right));
        }
        return Words.of("step-dose.describe", hold, reps, sidesInWords(), restSeconds, Durations.exactlyInWords(restSeconds));
    }

    /** {@link #describeInWords()} in the current UI's language (English outside a UI). */
    public String describe() {
        return describeInWords().shown();
    }

    /** {@link #describeInWords()} in the reader's language: a handout, an email. */
    public String describe(Locale reader) {
        return describeInWords().in(reader);
    }

    /** The dose in a few words, for a step's one-line row: "45 s × 2 · each side · rest 15 s". */
    public Words summaryInWords() {
        Words hold = untilReleased ? Words.of("step-dose.summary.until-released", Durations.exactlyInWords(releaseMaxSeconds))
                : holdSeconds > 0 ? Durations.exactlyInWords(holdSeconds) : Words.of("step-dose.summary.no-hold");
        Integer right = differentSecondSide();
        if (right != null) {
            hold = Words.of("step-dose.summary.right", hold, Durations.exactlyInWords(right));
        }
        int side = switch (sides) {
            case BOTH_AT_ONCE -> 0;
            case EACH_SIDE -> 1;
            case LEFT_ONLY -> 2;
            case RIGHT_ONLY -> 3;
        };
        return Words.of("step-dose.summary", hold, reps, side, restSeconds, Durations.exactlyInWords(restSeconds));
    }

    /** {@link #summaryInWords()} in the current UI's language (English outside a UI). */
    public String summary() {
        return summaryInWords().shown();
    }

    /** The second side's own hold, when it has one that differs from the first's. */
    private Integer differentSecondSide() {
        return !untilReleased && sides == Sides.EACH_SIDE && secondSideHoldSeconds != null && secondSideHoldSeconds != holdSeconds
                ? secondSideHoldSeconds : null;
    }

    /** "each side (left, then right)": the sides as a dose's description names them. */
    private Words sidesInWords() {
        return switch (sides) {
            case BOTH_AT_ONCE -> Words.of("step-dose.sides.both-at-once");
            case EACH_SIDE -> Words.of("step-dose.sides.each-side");
            case LEFT_ONLY -> Words.of("step-dose.sides.left-only");
            case RIGHT_ONLY -> Words.of("step-dose.sides.right-only");
        };
    }
}
