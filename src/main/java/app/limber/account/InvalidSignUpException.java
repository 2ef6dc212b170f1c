package app.limber.account;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A sign-up was refused because of what was typed; nothing was stored. */
public class InvalidSignUpException extends RuntimeException {

    /** The fields of the sign-up form. */
    public enum Field { EMAIL, DISPLAY_NAME, PASSWORD }

    private final transient Map<Field, AccountWords> words;

    InvalidSignUpException(Map<Field, AccountWords> words) {
        super("Sign-up refused: " + words.keySet());
        this.words = Collections.unmodifiableMap(new EnumMap<>(words));
    }

    /** One message per field that needs fixing, for the view to show in the reader's language. */
    public Map<Field, AccountWords> words() {
        return words;
    }

    /** The same messages in English: for logs and tests. */
    public Map<Field, String> errors() {
        Map<Field, String> english = new EnumMap<>(Field.class);
        words.forEach((field, message) -> english.put(field, message.english()));
        return Collections.unmodifiableMap(english);
    }
}
