package app.limber.routine;

import app.limber.base.Refusal;
import app.limber.base.Words;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A routine or step change was refused because of what was typed; nothing was stored. */
public class InvalidRoutineException extends RuntimeException implements Refusal {

    /** The fields of the routine and of a step. */
    public enum Field { TITLE, DESCRIPTION, STEPS, STRETCH, HOLD, REPS, SIDES, SECOND_SIDE_HOLD, REST, NOTE, UNTIL_RELEASED, RELEASE_MAX }

    private final Map<Field, Words> refusals;

    InvalidRoutineException(Map<Field, Words> refusals) {
        super("Routine change refused: " + english(refusals));
        this.refusals = Collections.unmodifiableMap(new EnumMap<>(refusals));
    }

    InvalidRoutineException(Field field, Words message) {
        this(Map.of(field, message));
    }

    /** One message per field that needs fixing, written for the coach, in the reader's language ({@link Words#shown()}). */
    public Map<Field, Words> refusals() {
        return refusals;
    }

    /** {@link #refusals()} in English: for logs and tests. */
    public Map<Field, String> errors() {
        return english(refusals);
    }

    /** The first field's message (the one a single field's save shows). */
    @Override
    public Words words() {
        return refusals.values().iterator().next();
    }

    private static Map<Field, String> english(Map<Field, Words> refusals) {
        Map<Field, String> english = new LinkedHashMap<>();
        new EnumMap<>(refusals).forEach((field, words) -> english.put(field, words.english()));
        return Collections.unmodifiableMap(english);
    }
}
