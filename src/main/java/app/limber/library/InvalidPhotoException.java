package app.limber.library;

/** An upload was refused: the message says why, for the coach; nothing was stored. */
public class InvalidPhotoException extends RuntimeException {

    InvalidPhotoException(String message) {
        super(message);
    }

    InvalidPhotoException(String message, Throwable cause) {
        super(message, cause);
    }
}
