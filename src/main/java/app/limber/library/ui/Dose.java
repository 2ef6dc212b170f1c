package app.limber.library.ui;

import app.limber.base.Durations;
import app.limber.base.Words;

/** A stretch's default dose in the coach's words: "Hold 30 s · 2 reps · Each side". */
final class Dose {

    private Dose() {
    }

    /** In the UI's language (English outside a UI). */
    static String of(int holdSeconds, int reps, boolean perSide) {
        return words(holdSeconds, reps, perSide).shown();
    }

    /** The dose as words: {@code stretch-dose.*}. */
    static Words words(int holdSeconds, int reps, boolean perSide) {
        Words hold = holdSeconds > 0 ? Words.of("stretch-dose.hold", Durations.exactlyInWords(holdSeconds))
                : Words.of("stretch-dose.no-hold");
        Words dose = Words.of("stretch-dose.reps", hold, reps);
        return perSide ? Words.of("stretch-dose.each-side", dose) : dose;
    }

    /** "30 s", "5 min", "1 min 30 s". */
    static String duration(int seconds) {
        return Durations.exactly(seconds);
    }
}
