package app.limber.sharing;

/**
 * A share link that does not work (wrong, expired or revoked token: deliberately the same
 * answer for all three). Viewers see {@link #MESSAGE}.
 */
public class ShareLinkGoneException extends RuntimeException {

    public static final String MESSAGE = "This link no longer works";

    public ShareLinkGoneException() {
        super(MESSAGE);
    }
}
