package app.limber.library;

import app.limber.base.Words;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A stretch was refused because of what was typed; nothing was stored. */
public class InvalidStretchException extends RuntimeException {

    /** The fields of the stretch form. */
    public enum Field { NAME, SUMMARY, INSTRUCTIONS, CUES, CAUTIONS, KIND, POSITION, HOLD, REPS, PRIMARY_MUSCLES, SOURCE, POSE, EASIER, HARDER }

    private final Map<Field, Words> problems;

    InvalidStretchException(Map<Field, Words> problems) {
        super("Stretch refused: " + StretchRules.english(problems));
        this.problems = Collections.unmodifiableMap(new EnumMap<>(problems));
    }

    /** One message per field that needs fixing, written for the coach, in English (for logs and tests). */
    public Map<Field, String> errors() {
        return StretchRules.english(problems);
    }

    /** One message per field that needs fixing, in words the view shows in the coach's language. */
    public Map<Field, Words> problems() {
        return problems;
    }
}
