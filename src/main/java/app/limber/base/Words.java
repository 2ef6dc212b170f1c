package app.limber.base;

import com.vaadin.flow.i18n.I18NProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Words to show a person, not yet in their language: a key of the {@link Translations texts}
 * and its arguments. Services answer with these (a refused field's message, a summary line), and
 * the view shows them in the reader's language; logs and tests read them in {@link #english()}.
 *
 * @param key  a key of the texts: {@code stretch.error.name-too-long}
 * @param args the values its pattern takes ({@code {0}}, {@code {1}}), in order
 */
public record Words(String key, List<Object> args) {

    public Words {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Words need a key");
        }
        args = List.copyOf(args);
    }

    public static Words of(String key, Object... args) {
        return new Words(key, Arrays.asList(args));
    }

    /**
     * The words for a value of an enum that a person sees: key {@code muscle.HAMSTRINGS} for
     * {@code Muscle.HAMSTRINGS}, {@code plan-kind.DAYS} for {@code Plan.Kind.DAYS} (the type's
     * name, and its enclosing types', in lower case with hyphens).
     */
    public static Words label(Enum<?> value) {
        return of(labelGroup(value.getDeclaringClass()) + "." + value.name());
    }

    /** The first part of an enum's label keys: {@code plan-kind} for {@code Plan.Kind}. */
    public static String labelGroup(Class<?> type) {
        String name = type.getName().substring(type.getName().lastIndexOf('.') + 1).replace('$', '-');
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /**
     * In the current UI's language; English outside a UI (a service, a job, a plain test). An
     * argument that is itself {@code Words} is shown in the same language: "{0} was removed" with
     * the label of a muscle.
     */
    public String shown() {
        if (com.vaadin.flow.server.VaadinService.getCurrent() == null) {
            return english();
        }
        return I18NProvider.translate(key, args.toArray());
    }

    /**
     * In the given language, anywhere (an email, a handout, a feed: no UI needed); a language
     * Limber does not speak is answered in English. Words arguments are shown in it too.
     */
    public String in(Locale locale) {
        return Translations.text(app.limber.account.Language.of(locale), key, args.toArray());
    }

    /** In English, whatever the UI: for logs, exception messages and tests. */
    public String english() {
        return Translations.english(key, args.toArray());
    }

    /** These words and others joined as a list in the reader's language: "a, b and c" ({@code words.and}). */
    public static Words listed(List<Words> items) {
        if (items.isEmpty()) {
            return of("words.nothing");
        }
        Words joined = items.getFirst();
        for (int i = 1; i < items.size(); i++) {
            joined = of(i == items.size() - 1 ? "words.and" : "words.comma", joined, items.get(i));
        }
        return joined;
    }

    @Override
    public String toString() {
        return english();
    }
}
