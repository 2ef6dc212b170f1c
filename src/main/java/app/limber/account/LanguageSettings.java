package app.limber.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * {@code limber.languages.offered}: the languages Limber offers (English first, the fallback):
 * all three unless set. A language is offered once every word of Limber is in it (a new
 * language's texts can be written and tested without anyone meeting a page half in it). With one
 * language offered, no language menu is shown.
 */
@ConfigurationProperties("limber.languages")
public record LanguageSettings(@DefaultValue({"ENGLISH", "SPANISH", "GERMAN"}) List<Language> offered) {

    public LanguageSettings {
        offered = offered == null || offered.isEmpty() ? List.of(Language.ENGLISH) : List.copyOf(offered);
        if (offered.getFirst() != Language.ENGLISH) {
            throw new IllegalArgumentException("limber.languages.offered starts with ENGLISH, the fallback: " + offered);
        }
    }

    public static LanguageSettings all() {
        return new LanguageSettings(List.of(Language.values()));
    }
}
