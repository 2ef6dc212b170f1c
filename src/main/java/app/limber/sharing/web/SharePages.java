package app.limber.sharing.web;

import app.limber.base.web.PlainPage;
import app.limber.sharing.ShareLinkGoneException;
import app.limber.sharing.ShareLookupThrottle;

/**
 * The plain pages answered before any routine is looked up: a link that does not work (the
 * same bytes whether the token is wrong, expired or revoked) and too many look-ups. Self
 * contained (no scripts, no other files), so they cost nothing and reveal nothing.
 */
final class SharePages {

    static final String GONE = page(ShareLinkGoneException.TITLE, ShareLinkGoneException.MESSAGE, ShareLinkGoneException.EXPLANATION);

    static final String THROTTLED = page("Too many tries", "Too many tries", ShareLookupThrottle.MESSAGE);

    private SharePages() {
    }

    private static String page(String title, String heading, String text) {
        return PlainPage.html(title, heading, text, null, null);
    }
}
