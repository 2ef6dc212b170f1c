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

    /** In the current UI's language (English outside a UI). */
    public String shown() {
        if (com.vaadin.flow.server.VaadinService.getCurrent() == null) {
            return english(); // a service, a job or a plain test: no UI, no reader's language
        }
        return I18NProvider.translate(key, args.toArray());
    }

    /** In the given language, inside a Vaadin request (Vaadin finds the texts through its service). */
    public String in(Locale locale) {
        return I18NProvider.translate(locale, key, args.toArray());
    }

    /** In English, whatever the UI: for logs, exception messages and tests. */
    public String english() {
        return Translations.english(key, args.toArray());
    }

    @Override
    public String toString() {
        return english();
    }
}
