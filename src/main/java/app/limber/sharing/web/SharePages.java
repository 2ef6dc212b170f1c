package app.limber.sharing.web;

import app.limber.base.Words;
import app.limber.base.web.PlainPage;

import java.util.Locale;

/**
 * The plain pages answered before any routine is looked up: a link that does not work (the
 * same bytes whether the token is wrong, expired or revoked) and too many look-ups. Self
 * contained (no scripts, no other files), so they cost nothing and reveal nothing. In the
 * reader's language ({@link app.limber.base.web.ReaderLanguage}); the English words are those of
 * {@link app.limber.sharing.ShareLinkGoneException} and {@link app.limber.sharing.ShareLookupThrottle#MESSAGE}.
 */
final class SharePages {

    private SharePages() {
    }

    /** "This link no longer works": why, and what to do. */
    static String gone(Locale reader) {
        return PlainPage.html(reader, Words.of("share-page.gone.title"), Words.of("share-page.gone.heading"),
                Words.of("share-page.gone.text"), null, null);
    }

    /** "Too many tries": too many links opened from the reader's network. */
    static String throttled(Locale reader) {
        return PlainPage.html(reader, Words.of("share-page.throttled.title"), Words.of("share-page.throttled.title"),
                Words.of("share-page.throttled.text"), null, null);
    }
}
