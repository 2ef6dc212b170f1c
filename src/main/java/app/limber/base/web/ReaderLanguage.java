package app.limber.base.web;

import app.limber.account.Language;
import app.limber.account.LanguageSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The language of a page Limber serves outside Vaadin (an error page, a share link's plain pages,
 * the handout and its PDF, the unsubscribe pages): the best match of the browser's
 * {@code Accept-Language} among the languages Limber {@linkplain LanguageSettings offers}
 * (Spanish for {@code es-MX}), English when none matches. The answer says
 * {@code Vary: Accept-Language}, so no cache hands one reader's language to another.
 */
@Component
public class ReaderLanguage {

    private final List<Locale> offered;

    public ReaderLanguage(LanguageSettings languages) {
        this.offered = languages.offered().stream().map(Language::locale).toList();
    }

    /** The reader's language for this request; marks the response as varying by Accept-Language. */
    public Locale of(HttpServletRequest request, HttpServletResponse response) {
        vary(response);
        return of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The offered language that best matches an {@code Accept-Language} header; English for none (or a malformed one). */
    public Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.ENGLISH.locale();
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), offered);
            return match == null ? Language.ENGLISH.locale() : match;
        } catch (IllegalArgumentException malformed) {
            return Language.ENGLISH.locale();
        }
    }

    /** Adds {@code Vary: Accept-Language} to an answer, once. */
    public static void vary(HttpServletResponse response) {
        if (response == null) {
            return;
        }
        boolean already = response.getHeaders(HttpHeaders.VARY).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("accept-language"));
        if (!already) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
