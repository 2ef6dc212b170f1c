package app.limber.library.ui;

import app.limber.base.Durations;

/** A stretch's default dose in the coach's words: "Hold 30 s · 2 reps · Each side". */
final class Dose {

    private Dose() {
    }

    static String of(int holdSeconds, int reps, boolean perSide) {
        var text = new StringBuilder(holdSeconds > 0 ? "Hold " + duration(holdSeconds) : "No hold");
        text.append(" · ").append(reps).append(reps == 1 ? " rep" : " reps");
        if (perSide) {
            text.append(" · Each side");
        }
        return text.toString();
    }

    /** "30 s", "5 min", "1 min 30 s". */
    static String duration(int seconds) {
        return Durations.exactly(seconds);
    }
}
