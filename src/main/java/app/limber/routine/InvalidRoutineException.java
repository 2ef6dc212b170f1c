package app.limber.routine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A routine or step change was refused because of what was typed; nothing was stored. */
public class InvalidRoutineException extends RuntimeException {

    /** The fields of the routine and of a step. */
    public enum Field { TITLE, DESCRIPTION, STEPS, STRETCH, HOLD, REPS, SIDES, SECOND_SIDE_HOLD, REST, NOTE, UNTIL_RELEASED, RELEASE_MAX }

    private final Map<Field, String> errors;

    InvalidRoutineException(Map<Field, String> errors) {
        super("Routine change refused: " + errors);
        this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    InvalidRoutineException(Field field, String message) {
        this(Map.of(field, message));
    }

    /** One message per field that needs fixing, written for the coach. */
    public Map<Field, String> errors() {
        return errors;
    }
}
