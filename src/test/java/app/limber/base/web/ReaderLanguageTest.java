package app.limber.base.web;

import app.limber.account.Language;
import app.limber.account.LanguageSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's reader's language: the browser's best match among the offered languages, English otherwise. */
class ReaderLanguageTest {

    private final ReaderLanguage all = new ReaderLanguage(LanguageSettings.all());

    @Test
    void theBestOfferedMatchOfAcceptLanguageElseEnglish() {
        assertThat(all.of("es-MX,es;q=0.9,en;q=0.8")).isEqualTo(Locale.of("es"));
        assertThat(all.of("fr-FR,fr;q=0.9,de;q=0.5")).isEqualTo(Locale.of("de"));
        assertThat(all.of("fr")).isEqualTo(Locale.ENGLISH);
        assertThat(all.of(null)).isEqualTo(Locale.ENGLISH);
        assertThat(all.of(";;q=x")).isEqualTo(Locale.ENGLISH);
        assertThat(new ReaderLanguage(new LanguageSettings(List.of(Language.ENGLISH))).of("de"))
                .as("a language not offered yet").isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theAnswerSaysItVariesByAcceptLanguageOnce() {
        var request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "de");
        var response = new MockHttpServletResponse();
        assertThat(all.of(request, response)).isEqualTo(Locale.of("de"));
        all.of(request, response);
        assertThat(response.getHeaders("Vary")).containsExactly("Accept-Language");
    }

    @Test
    void aRoutineWithNoLettersInItsTitleIsSavedUnderRoutineInTheReadersLanguage() {
        assertThat(DownloadName.ofRoutine("\uD83C\uDFC3", Locale.of("es"))).isEqualTo("rutina");
        assertThat(DownloadName.ofRoutine("\uD83C\uDFC3", Locale.GERMAN)).isEqualTo("dehnroutine");
        assertThat(DownloadName.ofRoutine("\uD83C\uDFC3", Locale.ENGLISH)).isEqualTo("routine");
        assertThat(DownloadName.ofRoutine("Calf-cramp relief", Locale.GERMAN)).isEqualTo("calf-cramp-relief");
    }
}
