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

    /**
     * A length that may be shorter: "up to about 6 min" when {@code atMost} (a step that lasts
     * until a cramp releases counts its maximum), else as {@link #approximately(int)}.
     */
    public static String approximately(int seconds, boolean atMost) {
        return (atMost ? "up to " : "") + approximately(seconds);
    }

    public static String approximately(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        int minutes = (int) Math.round(seconds / 60.0);
        return "about " + minutes + " min";
    }
}
