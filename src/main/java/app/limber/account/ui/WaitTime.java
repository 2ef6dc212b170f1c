package app.limber.account.ui;

import java.time.Duration;

/** How long someone has to wait, in words: "30 seconds", "a minute", "15 minutes", "90 minutes", "an hour". */
final class WaitTime {

    private WaitTime() {
    }

    static String of(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        if (seconds < 60 || seconds < 600 && seconds % 60 != 0) {
            return count(seconds, "a second", "seconds");
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes % 60 == 0 ? count(minutes / 60, "an hour", "hours") : count(minutes, "a minute", "minutes");
    }

    private static String count(long amount, String one, String many) {
        return amount == 1 ? one : amount + " " + many;
    }
}
