package app.limber.account;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A sign-up was refused because of what was typed; nothing was stored. */
public class InvalidSignUpException extends RuntimeException {

    /** The fields of the sign-up form. */
    public enum Field { EMAIL, DISPLAY_NAME, PASSWORD }

    private final Map<Field, String> errors;

    InvalidSignUpException(Map<Field, String> errors) {
        super("Sign-up refused: " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    /** One message per field that needs fixing, written for the person typing. */
    public Map<Field, String> errors() {
        return errors;
    }
}
