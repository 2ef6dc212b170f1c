package app.limber.sharing;

import app.limber.base.Refusal;
import app.limber.base.Words;

import java.util.EnumMap;
import java.util.Map;

/**
 * A share link was refused: each field that breaks a rule, with what to do instead (the view
 * shows each next to its field, in the reader's language). Nothing was stored.
 */
public class InvalidShareLinkException extends RuntimeException implements Refusal {

    public enum Field { LABEL, EXPIRES_ON, ROUTINE }

    private final transient Map<Field, Words> refusals;

    public InvalidShareLinkException(Map<Field, Words> refusals) {
        super(String.join(" ", refusals.values().stream().map(Words::english).toList()));
        this.refusals = new EnumMap<>(refusals);
    }

    /** What to do instead, per field, in words the view shows in the reader's language. */
    public Map<Field, Words> refusals() {
        return Map.copyOf(refusals);
    }

    /** What to do instead, per field, in English (for logs and tests). */
    public Map<Field, String> errors() {
        var english = new EnumMap<Field, String>(Field.class);
        refusals.forEach((field, words) -> english.put(field, words.english()));
        return Map.copyOf(english);
    }

    /** The first field's refusal (in the fields' order); each field's is in {@link #refusals()}. */
    @Override
    public Words words() {
        return refusals.values().iterator().next();
    }
}
