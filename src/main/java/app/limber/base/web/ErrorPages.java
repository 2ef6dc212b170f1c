package app.limber.base.web;

import app.limber.base.ui.Failures;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.nio.charset.StandardCharsets;

/**
 * Limber's own error page for everything outside Vaadin's views (Spring MVC controllers, the
 * login POST, Spring Security's refusals, files that are not there): the status in plain
 * words, and for a failure Limber did not expect a reference that is logged on the server with
 * the whole failure, as {@link app.limber.base.ui.ErrorView} does. Never an exception's text,
 * never Spring's "Whitelabel" page. A self-contained page: no script, no other file.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        HttpStatus status = status(request);
        Page page = switch (status) {
            case NOT_FOUND, GONE -> new Page("Nothing here", "This page doesn't exist, or it isn't yours to open.", null);
            case FORBIDDEN -> new Page("Not allowed", "You can't open this, or the page you came from had expired. "
                    + "Go back, reload the page and try again.", null);
            case UNAUTHORIZED -> new Page("Please log in", "Log in to Limber to open this.", null);
            case TOO_MANY_REQUESTS -> new Page("Too many tries", "Wait a minute, then try again.", null);
            case SERVICE_UNAVAILABLE -> new Page(Failures.DATABASE_AWAY_TITLE, Failures.DATABASE_AWAY, null);
            default -> status.is4xxClientError()
                    ? new Page("Limber couldn't use that request", "Go back and try again.", null)
                    : unexpected(request);
        };
        return ResponseEntity.status(status).contentType(HTML).header(HttpHeaders.CACHE_CONTROL, "no-store").body(page.html(home));
    }

    private static Page unexpected(HttpServletRequest request) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Failures.Told told = Failures.log("Request " + uri, failure instanceof Throwable thrown ? thrown
                : new IllegalStateException("answered with status " + request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)));
        return new Page(told.title(), told.text(), told.reference());
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private record Page(String heading, String text, String reference) {

        String html(String home) {
            return PlainPage.html(heading, heading, text, reference, home);
        }
    }
}
