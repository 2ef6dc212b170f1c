package app.limber.base.web;

import app.limber.base.Words;
import app.limber.base.ui.Failures;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Limber's own error page for everything outside Vaadin's views (Spring MVC controllers, the
 * login POST, Spring Security's refusals, files that are not there): the status in plain
 * words, and for a failure Limber did not expect a reference that is logged on the server with
 * the whole failure, as {@link app.limber.base.ui.ErrorView} does. Never an exception's text,
 * never Spring's "Whitelabel" page. A self-contained page: no script, no other file. In the
 * reader's language ({@link ReaderLanguage}).
 */
@Controller
class ErrorPages implements ErrorController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ReaderLanguage readers;

    ErrorPages(ReaderLanguage readers) {
        this.readers = readers;
    }

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request, HttpServletResponse response) {
        Locale reader = readers.of(request, response);
        String home = request.getContextPath() + "/";
        HttpStatus status = status(request);
        Page page = switch (status) {
            case NOT_FOUND, GONE -> page("error-page.not-found.title", "error-page.not-found.text", null);
            case FORBIDDEN -> page("error-page.forbidden.title", "error-page.forbidden.text", null);
            case UNAUTHORIZED -> page("error-page.unauthorized.title", "error-page.unauthorized.text", null);
            case TOO_MANY_REQUESTS -> page("error-page.too-many.title", "error-page.too-many.text", null);
            case SERVICE_UNAVAILABLE -> page("error-page.database-away.title", "error-page.database-away.text", null);
            default -> status.is4xxClientError() ? page("error-page.bad-request.title", "error-page.bad-request.text", null) : unexpected(request);
        };
        var answer = ResponseEntity.status(page.databaseAway() ? HttpStatus.SERVICE_UNAVAILABLE : status).contentType(HTML)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (page.databaseAway()) {
            // not Limber's fault for good: a browser, a balancer or a load test may ask again shortly
            answer.header(HttpHeaders.RETRY_AFTER, "10");
        }
        return answer.body(page.html(reader, home));
    }

    private static Page page(String heading, String text, String reference) {
        return new Page(Words.of(heading), Words.of(text), reference, false);
    }

    private static Page unexpected(HttpServletRequest request) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Failures.Told told = Failures.log("Request " + uri, failure instanceof Throwable thrown ? thrown
                : new IllegalStateException("answered with status " + request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)));
        // the database down, or no pool connection within its time-out (a burst of page loads): 503, as readiness says
        return told.databaseAway()
                ? new Page(Words.of("error-page.database-away.title"), Words.of("error-page.database-away.text"), told.reference(), true)
                : page("error-page.unexpected.title", "error-page.unexpected.text", told.reference());
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private record Page(Words heading, Words text, String reference, boolean databaseAway) {

        String html(Locale reader, String home) {
            return PlainPage.html(reader, heading, heading, text, reference, home);
        }
    }
}
