package app.limber.mail.web;

import app.limber.base.web.PlainPage;
import app.limber.mail.EmailService;
import app.limber.mail.EmailService.Unsubscription;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Every email's unsubscribe link, {@code /unsubscribe/{token}}, which works without signing in:
 * a POST unsubscribes at once (RFC 8058 one-click, what a mail client sends for
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}; CSRF-exempt for this path only:
 * the token is the capability), a GET shows a page with a button that posts the same (a link
 * alone changes nothing, since mail scanners open links).
 */
@Controller
class UnsubscribeController {

    static final String PATH = "/unsubscribe/";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final EmailService email;

    UnsubscribeController(EmailService email) {
        this.email = email;
    }

    @GetMapping(PATH + "{token}")
    ResponseEntity<String> page(@PathVariable String token) {
        Optional<Unsubscription> target = email.unsubscription(token);
        if (target.isEmpty()) {
            return gone();
        }
        if (target.get().done()) {
            return ok(PlainPage.html("Unsubscribed", "You are unsubscribed",
                    "You get no more " + target.get().what() + " from Limber.", null, null));
        }
        return ok(PlainPage.withButton("Unsubscribe", "Unsubscribe from " + target.get().what() + "?",
                "Limber will stop sending you " + target.get().what() + ". You can turn them on again in your settings.",
                PATH + token, "List-Unsubscribe", "One-Click", "Unsubscribe"));
    }

    @PostMapping(PATH + "{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        return email.unsubscribe(token)
                .map(done -> ok(PlainPage.html("Unsubscribed", "You are unsubscribed",
                        "You get no more " + done.what() + " from Limber.", null, null)))
                .orElseGet(UnsubscribeController::gone);
    }

    private static ResponseEntity<String> ok(String page) {
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Robots-Tag", "noindex").header("Referrer-Policy", "no-referrer").body(page);
    }

    private static ResponseEntity<String> gone() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(PlainPage.html("Link not found", "This unsubscribe link does not work",
                        "It may be mistyped. The link at the end of any email from Limber works, without signing in.",
                        null, null));
    }
}
