package app.limber.account.ui;

import com.vaadin.flow.i18n.I18NProvider;

import java.time.Duration;
import java.util.Locale;

/** How long someone has to wait, in words: "30 seconds", "a minute", "15 minutes", "90 minutes", "an hour". */
final class WaitTime {

    private WaitTime() {
    }

    static String of(Duration wait, I18NProvider words, Locale locale) {
        long seconds = Math.max(1, wait.toSeconds());
        if (seconds < 60 || seconds < 600 && seconds % 60 != 0) {
            return words.getTranslation("wait.seconds", locale, seconds);
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes % 60 == 0
                ? words.getTranslation("wait.hours", locale, minutes / 60)
                : words.getTranslation("wait.minutes", locale, minutes);
    }
}
