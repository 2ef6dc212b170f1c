package app.limber.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Limber speaks: every word of the screens, the player's voice, the emails, the
 * handout and its PDF. English is the first and the fallback. The built-in library's content
 * (stretch names, instructions, cues) stays English for now.
 */
public enum Language {

    ENGLISH("en", "English"),
    SPANISH("es", "Español"),
    GERMAN("de", "Deutsch");

    private final String code;
    private final String nativeName;
    private final Locale locale;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
        this.locale = Locale.of(code);
    }

    /** The ISO 639-1 code: {@code en}, {@code es}, {@code de} (stored with an account, set as the page's {@code lang}). */
    public String code() {
        return code;
    }

    /** Its name in itself, as a language menu shows it to someone who may not read the current one. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    public static List<Locale> locales() {
        return java.util.Arrays.stream(values()).map(Language::locale).toList();
    }

    /** The language of a locale ({@code es_MX} is Spanish); English for one Limber does not speak. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : fromCode(locale.getLanguage()).orElse(ENGLISH);
    }

    /** The language with this code, if Limber speaks it. */
    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
