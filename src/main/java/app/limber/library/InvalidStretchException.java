package app.limber.library;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A stretch was refused because of what was typed; nothing was stored. */
public class InvalidStretchException extends RuntimeException {

    /** The fields of the stretch form. */
    public enum Field { NAME, SUMMARY, INSTRUCTIONS, CUES, CAUTIONS, KIND, POSITION, HOLD, REPS, PRIMARY_MUSCLES, SOURCE, POSE, EASIER, HARDER }

    private final Map<Field, String> errors;

    InvalidStretchException(Map<Field, String> errors) {
        super("Stretch refused: " + errors);
        this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    /** One message per field that needs fixing, written for the coach. */
    public Map<Field, String> errors() {
        return errors;
    }
}
