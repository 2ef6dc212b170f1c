package app.limber.base;

import app.limber.account.Language;
import app.limber.account.LanguageSettings;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The three languages' files hold the same texts, written so that they show as meant. */
class TranslationsTest {

    private static final Map<String, String> ENGLISH = Translations.texts(Language.ENGLISH);
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyLanguageHasEveryTextAndNoOther() {
        assertThat(ENGLISH).isNotEmpty();
        for (Language language : List.of(Language.SPANISH, Language.GERMAN)) {
            var texts = Translations.texts(language);
            assertThat(new TreeSet<>(texts.keySet())).as("keys missing in " + language)
                    .containsAll(new TreeSet<>(ENGLISH.keySet()));
            assertThat(new TreeSet<>(ENGLISH.keySet())).as("keys only in " + language)
                    .containsAll(new TreeSet<>(texts.keySet()));
        }
    }

    @Test
    void noTextIsBlankOrLeftInEnglishByMistake() {
        for (Language language : Language.values()) {
            Translations.texts(language).forEach((key, text) ->
                    assertThat(text).as(language + " " + key).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" "));
        }
        for (Language language : List.of(Language.SPANISH, Language.GERMAN)) {
            var texts = Translations.texts(language);
            // the same words as English only where they are the same in that language too
            var same = ENGLISH.keySet().stream().filter(key -> ENGLISH.get(key).equals(texts.get(key))).sorted().toList();
            assertThat(same).as("texts still in English in " + language).allMatch(ALIKE::contains);
        }
    }

    /** Keys whose English words are right in Spanish or German too (add one only when it truly is): units and punctuation. */
    private static final java.util.Set<String> ALIKE = java.util.Set.of("words.comma", "duration.seconds", "duration.minutes",
            "duration.minutes-seconds",
            "routine-file.line", // "Step 2, hold: use at most 600"
            "plan-words.plan");

    @Test
    void aTextWithArgumentsIsAPatternAndOneWithoutIsPlainAndEveryLanguageTakesTheSameArguments() {
        for (Language language : Language.values()) {
            Translations.texts(language).forEach((key, text) -> {
                var arguments = arguments(text);
                assertThat(arguments).as(language + " " + key + ": the arguments English takes").isEqualTo(arguments(ENGLISH.get(key)));
                if (arguments.isEmpty()) {
                    assertThat(text).as(language + " " + key + " has no arguments: an apostrophe is written once").doesNotContain("''");
                } else {
                    assertThat(text.replace("''", "")).as(language + " " + key + " is a pattern: an apostrophe is written ''")
                            .doesNotContain("'");
                    Object[] values = arguments.stream().map(index -> (Object) 2).toArray();
                    assertThat(new MessageFormat(text, language.locale()).format(values)).as(language + " " + key).isNotBlank();
                }
            });
        }
    }

    private static TreeSet<Integer> arguments(String text) {
        var found = new TreeSet<Integer>();
        Matcher matcher = ARGUMENT.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    @Test
    void eachLanguageSpeaksFromItsOwnFileWhateverTheCountryAndTheJvmsLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // a server set to German must not answer an English reader in German
        try {
            var words = new Translations(LanguageSettings.all());
            assertThat(words.getTranslation("login.title", Locale.ENGLISH)).isEqualTo("Log in");
            assertThat(words.getTranslation("login.title", Locale.of("en", "GB"))).isEqualTo("Log in");
            assertThat(words.getTranslation("login.title", Locale.of("es", "MX"))).isEqualTo("Iniciar sesión");
            assertThat(words.getTranslation("login.title", Locale.of("de", "CH"))).isEqualTo("Anmelden");
            assertThat(words.getTranslation("login.title", Locale.FRENCH)).as("a language Limber does not speak").isEqualTo("Log in");
            assertThat(words.getTranslation("signup.password.helper", Locale.of("es"), 12)).isEqualTo("Al menos 12 caracteres");
            assertThat(words.getTranslation("wait.minutes", Locale.of("de"), 1)).isEqualTo("eine Minute");
            assertThat(words.getTranslation("wait.minutes", Locale.of("de"), 15)).isEqualTo("15 Minuten");
            assertThat(words.getTranslation("login.error.wrong", Locale.ENGLISH)).contains("don't");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aLanguageNotOfferedIsAnsweredInEnglishAndAnUnknownKeyShowsItself() {
        var englishOnly = new Translations(new LanguageSettings(List.of(Language.ENGLISH)));
        assertThat(englishOnly.getProvidedLocales()).containsExactly(Locale.ENGLISH);
        assertThat(englishOnly.getTranslation("login.title", Locale.of("es"))).isEqualTo("Log in");
        assertThat(new Translations(LanguageSettings.all()).getProvidedLocales())
                .containsExactly(Locale.ENGLISH, Locale.of("es"), Locale.of("de"));
        assertThat(englishOnly.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
    }
}
