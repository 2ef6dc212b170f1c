package app.limber.sharing.web;

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
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s · Limber</title>
                <style>
                :root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
                body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
                main { max-width: 28rem; padding: 2rem 1.5rem; text-align: center; }
                .brand { color: #0f766e; font-weight: 700; font-size: 1.25rem; letter-spacing: .02em; }
                h1 { font-size: 1.6rem; margin: 1.5rem 0 .75rem; }
                p { font-size: 1.1rem; line-height: 1.5; opacity: .85; }
                </style>
                </head>
                <body>
                <main>
                <div class="brand">Limber</div>
                <h1>%s</h1>
                <p>%s</p>
                </main>
                </body>
                </html>
                """.formatted(title, heading, text);
    }
}
