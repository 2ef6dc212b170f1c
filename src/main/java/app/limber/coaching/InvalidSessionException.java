package app.limber.coaching;

/** A session log was refused (not an assigned routine, or a note too long); nothing was stored. */
public class InvalidSessionException extends RuntimeException {

    InvalidSessionException(String message) {
        super(message);
    }
}
