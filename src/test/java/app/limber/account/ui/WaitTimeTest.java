package app.limber.account.ui;

import app.limber.account.LanguageSettings;
import app.limber.base.Translations;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WaitTimeTest {

    private static final Translations WORDS = new Translations(LanguageSettings.all());

    private static String inEnglish(Duration wait) {
        return WaitTime.of(wait, WORDS, Locale.ENGLISH);
    }

    @Test
    void saysTheWaitTheWayPeopleDo() {
        assertThat(inEnglish(Duration.ofSeconds(30))).isEqualTo("30 seconds");
        assertThat(inEnglish(Duration.ofSeconds(90))).isEqualTo("90 seconds");
        assertThat(inEnglish(Duration.ofMinutes(1))).isEqualTo("a minute");
        assertThat(inEnglish(Duration.ofMinutes(15))).isEqualTo("15 minutes");
        assertThat(inEnglish(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(inEnglish(Duration.ofHours(1))).isEqualTo("an hour");
        assertThat(inEnglish(Duration.ofHours(24))).isEqualTo("24 hours");
    }

    @Test
    void andInSpanishAndGerman() {
        assertThat(WaitTime.of(Duration.ofMinutes(15), WORDS, Locale.of("es"))).isEqualTo("15 minutos");
        assertThat(WaitTime.of(Duration.ofHours(1), WORDS, Locale.of("es"))).isEqualTo("una hora");
        assertThat(WaitTime.of(Duration.ofMinutes(1), WORDS, Locale.of("de"))).isEqualTo("eine Minute");
        assertThat(WaitTime.of(Duration.ofSeconds(30), WORDS, Locale.of("de", "AT"))).isEqualTo("30 Sekunden");
    }
}
