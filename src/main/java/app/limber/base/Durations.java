package app.limber.base;

/** A routine's length in the coach's words: "45 s", "about 6 min". */
public final class Durations {

    private Durations() {
    }

    /** "45 s", "2 min", "2 min 30 s". */
    public static String exactly(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        int rest = seconds % 60;
        return seconds / 60 + " min" + (rest == 0 ? "" : " " + rest + " s");
    }

    public static String approximately(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        int minutes = (int) Math.round(seconds / 60.0);
        return "about " + minutes + " min";
    }
}
