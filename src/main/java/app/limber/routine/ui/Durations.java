package app.limber.routine.ui;

/** A routine's length in the coach's words: "45 s", "about 6 min". */
final class Durations {

    private Durations() {
    }

    static String approximately(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        int minutes = (int) Math.round(seconds / 60.0);
        return "about " + minutes + " min";
    }
}
