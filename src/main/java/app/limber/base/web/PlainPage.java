package app.limber.base.web;

import app.limber.account.Language;
import app.limber.base.Words;

import java.util.Locale;

/**
 * A page of its own, outside Vaadin: Limber's name, a heading and a paragraph, in light or dark
 * as the browser prefers. Self contained (no script, no other file), so it costs nothing and
 * works whatever else is failing. Everything given is written as text, never as markup. Its own
 * words (the reference, the link home) and its {@code lang} are in the reader's language
 * ({@link ReaderLanguage}); the forms without a locale are English.
 */
public final class PlainPage {

    private PlainPage() {
    }

    /** The page, with a failure's reference and a link home where they are given (null: none). */
    public static String html(String title, String heading, String text, String reference, String home) {
        return html(Language.ENGLISH.locale(), title, heading, text, reference, home);
    }

    /** The page in the reader's language, its title, heading and text already in it. */
    public static String html(Locale reader, String title, String heading, String text, String reference, String home) {
        String referenceLine = reference == null ? ""
                : "<p class=\"reference\">" + escaped(Words.of("plain-page.reference").in(reader)) + " <strong>"
                + escaped(reference) + "</strong></p>\n";
        String homeLine = home == null ? "" : "<p><a href=\"" + escaped(home) + "\">"
                + escaped(Words.of("plain-page.home").in(reader)) + "</a></p>\n";
        return page(reader, title, heading, text, referenceLine, homeLine);
    }

    /** The page in the reader's language, from words. */
    public static String html(Locale reader, Words title, Words heading, Words text, String reference, String home) {
        return html(reader, title.in(reader), heading.in(reader), text.in(reader), reference, home);
    }

    /**
     * The page with one button that posts a form (no script) to {@code action}, sending
     * {@code field=value}: a page that confirms an action a link alone must not take (an email's
     * unsubscribe link opened by a mail scanner).
     */
    public static String withButton(String title, String heading, String text, String action, String field,
                                    String value, String button) {
        return withButton(Language.ENGLISH.locale(), title, heading, text, action, field, value, button);
    }

    /** {@link #withButton(String, String, String, String, String, String, String)} in the reader's language. */
    public static String withButton(Locale reader, String title, String heading, String text, String action, String field,
                                    String value, String button) {
        String form = "<form method=\"post\" action=\"" + escaped(action) + "\"><input type=\"hidden\" name=\""
                + escaped(field) + "\" value=\"" + escaped(value) + "\"><button type=\"submit\">" + escaped(button)
                + "</button></form>\n";
        return page(reader, title, heading, text, form, "");
    }

    private static String page(Locale reader, String title, String heading, String text, String referenceLine, String homeLine) {
        return """
                <!doctype html>
                <html lang="%s">
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
                p { font-size: 1.1rem; line-height: 1.5; }
                a { color: LinkText; }
                button { font: inherit; font-size: 1.1rem; padding: .75rem 1.5rem; border-radius: .5rem; border: none;
                         background: #0f766e; color: #fff; cursor: pointer; min-height: 44px; }
                </style>
                </head>
                <body>
                <main>
                <div class="brand">Limber</div>
                <h1>%s</h1>
                <p>%s</p>
                %s%s</main>
                </body>
                </html>
                """.formatted(Language.of(reader).code(), escaped(title), escaped(heading), escaped(text), referenceLine, homeLine);
    }

    /** Text as text: the few characters that HTML would read as markup. */
    static String escaped(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
