package app.limber.mail.web;

import app.limber.base.Words;
import app.limber.base.web.PlainPage;
import app.limber.base.web.ReaderLanguage;
import app.limber.mail.EmailKind;
import app.limber.mail.EmailService;
import app.limber.mail.EmailService.Unsubscription;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Every email's unsubscribe link, {@code /unsubscribe/{token}}, which works without signing in:
 * a POST unsubscribes at once (RFC 8058 one-click, what a mail client sends for
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}; CSRF-exempt for this path only:
 * the token is the capability), a GET shows a page with a button that posts the same (a link
 * alone changes nothing, since mail scanners open links). In the reader's language
 * ({@link ReaderLanguage}): whoever opens the link may be on another device than the account's.
 */
@Controller
class UnsubscribeController {

    static final String PATH = "/unsubscribe/";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final EmailService email;
    private final ReaderLanguage readers;

    UnsubscribeController(EmailService email, ReaderLanguage readers) {
        this.email = email;
        this.readers = readers;
    }

    @GetMapping(PATH + "{token}")
    ResponseEntity<String> page(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Locale reader = readers.of(request, response);
        Optional<Unsubscription> target = email.unsubscription(token);
        if (target.isEmpty()) {
            return gone(reader);
        }
        if (target.get().done()) {
            return ok(unsubscribed(target.get().kind(), reader));
        }
        EmailKind kind = target.get().kind();
        return ok(PlainPage.withButton(reader, Words.of("unsubscribe.button").in(reader),
                ask(kind).in(reader), stop(kind).in(reader),
                PATH + token, "List-Unsubscribe", "One-Click", Words.of("unsubscribe.button").in(reader)));
    }

    @PostMapping(PATH + "{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Locale reader = readers.of(request, response);
        return email.unsubscribe(token)
                .map(done -> ok(unsubscribed(done.kind(), reader)))
                .orElseGet(() -> gone(reader));
    }

    /** "You are unsubscribed": what they get no more of. */
    private static String unsubscribed(EmailKind kind, Locale reader) {
        return PlainPage.html(reader, Words.of("unsubscribe.done.title"), Words.of("unsubscribe.done.heading"),
                done(kind), null, null);
    }

    /** "Unsubscribe from the weekly digest?" */
    private static Words ask(EmailKind kind) {
        return Words.of(switch (kind) {
            case REMINDER -> "unsubscribe.ask.reminder";
            case DIGEST -> "unsubscribe.ask.digest";
            case INVITE -> "unsubscribe.ask.invite";
        });
    }

    /** "Limber will stop sending you the weekly digest. ..." */
    private static Words stop(EmailKind kind) {
        return Words.of(switch (kind) {
            case REMINDER -> "unsubscribe.stop.reminder";
            case DIGEST -> "unsubscribe.stop.digest";
            case INVITE -> "unsubscribe.stop.invite";
        });
    }

    /** "You get no more weekly digests from Limber." */
    private static Words done(EmailKind kind) {
        return Words.of(switch (kind) {
            case REMINDER -> "unsubscribe.done.reminder";
            case DIGEST -> "unsubscribe.done.digest";
            case INVITE -> "unsubscribe.done.invite";
        });
    }

    private static ResponseEntity<String> ok(String page) {
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Robots-Tag", "noindex").header("Referrer-Policy", "no-referrer").body(page);
    }

    private static ResponseEntity<String> gone(Locale reader) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(PlainPage.html(reader, Words.of("unsubscribe.gone.title"), Words.of("unsubscribe.gone.heading"),
                        Words.of("unsubscribe.gone.text"), null, null));
    }
}
