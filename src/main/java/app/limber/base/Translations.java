package app.limber.base;

import app.limber.account.Language;
import app.limber.account.LanguageSettings;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word Limber shows, in {@link Language English, Spanish and German}: the property files
 * {@code vaadin-i18n/translations.properties} (English) and {@code translations_es},
 * {@code translations_de} beside it, and the same three in a folder per feature
 * ({@code vaadin-i18n/library/translations.properties}, one for each of {@link #PARTS}), read as
 * UTF-8; a key is written in one file only. Vaadin finds this bean as the application's
 * {@link I18NProvider}, so {@code getTranslation(key, ...)} in a component and
 * {@link I18NProvider#translate(String, Object...)} anywhere else use it, in the UI's language.
 * <p>
 * A text that takes arguments is a {@link MessageFormat} pattern: {@code {0}} for a value,
 * {@code {0,number}} for a number in the reader's locale, {@code {0,choice,1#one step|1<{0} steps}}
 * for a plural, and {@code ''} for an apostrophe (MessageFormat reads a lone {@code '} as a quote);
 * a text without arguments is shown as written (TranslationsTest holds both rules). A language
 * not {@linkplain LanguageSettings offered} is answered in English. The JVM's default locale plays no part: a key missing in Spanish
 * or German is shown in English, and one missing everywhere shows the key (both are logged, and
 * TranslationsTest fails on them).
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private final List<Locale> offered;

    /** Texts in every language, offering those of {@code limber.languages.offered}. */
    public Translations(LanguageSettings languages) {
        for (Language language : Language.values()) {
            texts.put(language, texts(language));
        }
        offered = languages.offered().stream().map(Language::locale).toList();
    }

    /** The features with texts of their own, each in its folder under {@code vaadin-i18n/}; "" is the folder itself. */
    static final List<String> PARTS = List.of("", "account", "base", "body", "coaching", "library", "mail", "player",
            "routine", "sharing");

    private static final Map<String, String> ENGLISH = texts(Language.ENGLISH);

    /** The file of a language's texts in a part: {@code vaadin-i18n/library/translations_es.properties} ... */
    static String file(String part, Language language) {
        return "vaadin-i18n/" + (part.isEmpty() ? "" : part + "/") + "translations"
                + (language == Language.ENGLISH ? "" : "_" + language.code()) + ".properties";
    }

    /** The texts of one language, as written in its own files (nothing from another language's). */
    static Map<String, String> texts(Language language) {
        Map<String, String> byKey = new HashMap<>();
        for (String part : PARTS) {
            texts(file(part, language)).forEach((key, text) -> {
                if (byKey.put(key, text) != null) {
                    throw new IllegalStateException("'" + key + "' is written twice in the " + language + " texts; the second is in " + file(part, language));
                }
            });
        }
        return Map.copyOf(byKey);
    }

    /** The texts of one file. */
    static Map<String, String> texts(String file) {
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No texts: " + file + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> byKey = new HashMap<>();
            properties.forEach((key, value) -> byKey.put((String) key, (String) value));
            return byKey;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The English text of a key, outside any UI: for logs, exception messages and tests (what a
     * person reads goes through {@link I18NProvider} in their language).
     */
    public static String english(String key, Object... params) {
        return text(Language.ENGLISH, key, params);
    }

    private static final Map<Language, Map<String, String>> ALL = allTexts();

    private static Map<Language, Map<String, String>> allTexts() {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, language == Language.ENGLISH ? ENGLISH : texts(language));
        }
        return all;
    }

    /**
     * A key's text in a language, outside any UI (an email, a handout, a calendar feed): English
     * where the language has none, the key where no language has it. {@link Words} arguments are
     * put in the same language first.
     */
    public static String text(Language language, String key, Object... params) {
        String pattern = ALL.get(language).get(key);
        if (pattern == null && language != Language.ENGLISH) {
            pattern = ENGLISH.get(key);
        }
        return pattern == null ? String.valueOf(key) : format(pattern, language, params);
    }

    /** A text with arguments is a MessageFormat pattern (an apostrophe written ''); one without is plain text. */
    private static String format(String pattern, Language language, Object... params) {
        if (params == null || params.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            shown[i] = params[i] instanceof Words words ? text(language, words.key(), words.args().toArray()) : params[i];
        }
        return new MessageFormat(pattern, language.locale()).format(shown);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return offered;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language asked = Language.of(locale);
        Language language = offered.contains(asked.locale()) ? asked : Language.ENGLISH;
        String pattern = key == null ? null : texts.get(language).get(key);
        if (pattern == null && language != Language.ENGLISH) {
            report(key, language);
            pattern = key == null ? null : texts.get(Language.ENGLISH).get(key);
        }
        if (pattern == null) {
            report(key, Language.ENGLISH);
            return String.valueOf(key);
        }
        return format(pattern, language, params);
    }

    private void report(Object key, Language language) {
        if (reported.add(language.code() + ":" + key)) {
            log.warn("No {} text for '{}'", language.nativeName(), key);
        }
    }
}
