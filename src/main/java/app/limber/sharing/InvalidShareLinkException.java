package app.limber.sharing;

import java.util.Map;

/** A share link was refused: each field that breaks a rule, with what to do instead. Nothing was stored. */
public class InvalidShareLinkException extends RuntimeException {

    public enum Field { LABEL, EXPIRES_ON, ROUTINE }

    private final transient Map<Field, String> errors;

    public InvalidShareLinkException(Map<Field, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<Field, String> errors() {
        return errors;
    }
}
