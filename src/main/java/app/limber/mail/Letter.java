package app.limber.mail;

import app.limber.account.Language;
import app.limber.base.Words;

import java.util.Locale;

/**
 * What an email says, as plain text and as HTML (the same words). Whoever writes one escapes
 * every text a user typed with {@link #escape} in the HTML part. Written in the recipient's
 * language: the forms with a {@code Locale} put Limber's own words (the unsubscribe line, the
 * page's {@code lang}) in it; those without are English.
 */
public record Letter(String subject, String text, String html) {

    /** Text as text in HTML: the characters HTML would read as markup. */
    public static String escape(String plain) {
        return plain == null ? "" : plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /**
     * The HTML part around a body: Limber's name, the body, and the unsubscribe line every email
     * ends with ({@code why}: why they get it).
     */
    public static String page(String title, String bodyHtml, String why, String unsubscribeUrl) {
        return page(Language.ENGLISH.locale(), title, bodyHtml, why, unsubscribeUrl);
    }

    /** {@link #page(String, String, String, String)} in the recipient's language. */
    public static String page(Locale reader, String title, String bodyHtml, String why, String unsubscribeUrl) {
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.5; max-width: 36rem; margin: 0 auto; padding: 1.5rem;">
                <p style="color: #0f766e; font-weight: 700;">Limber</p>
                %s
                <hr style="border: none; border-top: 1px solid #ddd; margin: 2rem 0 1rem;">
                <p style="font-size: 0.85rem; color: #666;">%s <a href="%s">%s</a></p>
                </body></html>
                """.formatted(Language.of(reader).code(), escape(title), bodyHtml, escape(why), escape(unsubscribeUrl),
                escape(Words.of("letter.unsubscribe").in(reader)));
    }

    /** The plain-text part's closing lines: why they get it and the unsubscribe address. */
    public static String footer(String why, String unsubscribeUrl) {
        return footer(Language.ENGLISH.locale(), why, unsubscribeUrl);
    }

    /** {@link #footer(String, String)} in the recipient's language. */
    public static String footer(Locale reader, String why, String unsubscribeUrl) {
        return "\n\n--\n" + why + "\n" + Words.of("letter.unsubscribe-at", unsubscribeUrl).in(reader) + "\n";
    }
}
