package app.limber.coaching;

/** A publish was refused (nothing to publish, or a note too long); nothing was stored. */
public class PublishingException extends RuntimeException {

    PublishingException(String message) {
        super(message);
    }
}
