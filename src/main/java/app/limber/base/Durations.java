package app.limber.base;

/**
 * A routine's length in the coach's words: "45 s", "about 6 min". The {@code Words} forms are for
 * a reader whose language is not the UI's (an email, a handout); the {@code String} forms are
 * shown in the current UI's language (English outside a UI).
 */
public final class Durations {

    private Durations() {
    }

    /** "45 s", "2 min", "2 min 30 s". */
    public static Words exactlyInWords(int seconds) {
        if (seconds < 60) {
            return Words.of("duration.seconds", seconds);
        }
        int rest = seconds % 60;
        return rest == 0 ? Words.of("duration.minutes", seconds / 60) : Words.of("duration.minutes-seconds", seconds / 60, rest);
    }

    /** "45 s", "about 6 min". */
    public static Words approximatelyInWords(int seconds) {
        if (seconds < 60) {
            return Words.of("duration.seconds", seconds);
        }
        return Words.of("duration.about-minutes", (int) Math.round(seconds / 60.0));
    }

    /**
     * A length that may be shorter: "up to about 6 min" when {@code atMost} (a step that lasts
     * until a cramp releases counts its maximum), else as {@link #approximatelyInWords(int)}.
     */
    public static Words approximatelyInWords(int seconds, boolean atMost) {
        Words about = approximatelyInWords(seconds);
        return atMost ? Words.of("duration.up-to", about) : about;
    }

    /** {@link #exactlyInWords(int)} in the UI's language. */
    public static String exactly(int seconds) {
        return exactlyInWords(seconds).shown();
    }

    /** {@link #approximatelyInWords(int, boolean)} in the UI's language. */
    public static String approximately(int seconds, boolean atMost) {
        return approximatelyInWords(seconds, atMost).shown();
    }

    /** {@link #approximatelyInWords(int)} in the UI's language. */
    public static String approximately(int seconds) {
        return approximatelyInWords(seconds).shown();
    }
}
