package app.limber.library;

/** A video upload was refused: the message says why, for the coach; nothing was stored. */
public class InvalidVideoException extends RuntimeException {

    InvalidVideoException(String message) {
        super(message);
    }

    InvalidVideoException(String message, Throwable cause) {
        super(message, cause);
    }
}
