package app.limber.sharing;

import app.limber.base.Refusal;
import app.limber.base.Words;

/**
 * A share link that does not work (wrong, expired or revoked token: deliberately the same
 * answer for all three). The words viewers see for it live here, once: {@link #MESSAGE} as
 * the heading, {@link #WHY} and {@link #WHAT_TO_DO} below it, on the public page, the shared
 * player, the handout and the plain 404 page.
 */
public class ShareLinkGoneException extends RuntimeException implements Refusal {

    /** {@link #MESSAGE} in the reader's language. */
    public static final Words GONE = Words.of("share-link.gone");
    /** {@link #TITLE} in the reader's language. */
    public static final Words GONE_TITLE = Words.of("share-link.gone-title");
    /** {@link #EXPLANATION} in the reader's language. */
    public static final Words GONE_EXPLANATION = Words.of("share-link.gone-explanation");

    public static final String MESSAGE = "This link no longer works";
    /** The page title (the browser tab) of a link that no longer works. */
    public static final String TITLE = "Link no longer works";
    public static final String WHY = "It may have expired, or the coach who shared it has withdrawn it.";
    public static final String WHAT_TO_DO = "Ask whoever sent it to you for a new link.";
    /** {@link #WHY}, then {@link #WHAT_TO_DO}. */
    public static final String EXPLANATION = WHY + " " + WHAT_TO_DO;

    public ShareLinkGoneException() {
        super(MESSAGE);
    }

    @Override
    public Words words() {
        return GONE;
    }
}
