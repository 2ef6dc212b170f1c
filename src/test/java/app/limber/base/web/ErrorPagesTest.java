package app.limber.base.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The page a failure outside Vaadin ends on, as the servlet container's error dispatch hands it over. */
class ErrorPagesTest {

    private final ErrorPages pages = new ErrorPages(new ReaderLanguage(app.limber.account.LanguageSettings.all()));

    private static MockHttpServletRequest failed(int status, Throwable failure) {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/routines/1/handout.pdf");
        if (failure != null) {
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        }
        return request;
    }

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private ResponseEntity<String> error(MockHttpServletRequest request) {
        return pages.error(request, response);
    }

    private static MockHttpServletRequest inLanguage(MockHttpServletRequest request, String acceptLanguage) {
        request.addHeader("Accept-Language", acceptLanguage);
        return request;
    }

    @Test
    void theReaderReadsItInTheirBrowsersLanguageAndTheAnswerVariesByIt() {
        ResponseEntity<String> german = error(inLanguage(failed(404, null), "de-AT,de;q=0.9,en;q=0.5"));
        assertThat(german.getBody()).contains("<html lang=\"de\">", "Hier ist nichts", "Diese Seite gibt es nicht",
                "Zur Startseite von Limber").doesNotContain("Nothing here", "Go to Limber home");
        assertThat(german.getHeaders().getVary()).contains("Accept-Language");

        ResponseEntity<String> spanish = error(inLanguage(failed(500, new IllegalStateException("boom")), "es-MX"));
        assertThat(spanish.getBody()).contains("<html lang=\"es\">", "Algo salió mal", "Es culpa nuestra")
                .containsPattern("Referencia: <strong>[0-9A-F]{4}-[0-9A-F]{4}</strong>")
                .doesNotContain("Something went wrong", "Reference", "boom");
        assertThat(error(inLanguage(failed(403, null), "es")).getBody()).contains("No permitido");
        assertThat(error(inLanguage(failed(429, null), "de")).getBody()).contains("Zu viele Versuche");

        assertThat(error(inLanguage(failed(404, null), "fr-FR,fr")).getBody()).as("a language Limber does not speak")
                .contains("<html lang=\"en\">", "Nothing here");
        assertThat(error(inLanguage(failed(404, null), "not a ;; language")).getBody()).contains("Nothing here");
    }

    @Test
    void aFailureIsToldInPlainWordsWithAReferenceAndNoneOfItsText() {
        ResponseEntity<String> page = error(failed(500,
                new IllegalStateException("ERROR: relation \"user_account\" <script>alert(1)</script>")));

        assertThat(page.getStatusCode().value()).isEqualTo(500);
        assertThat(page.getBody()).contains("Something went wrong", "tell us the reference")
                .containsPattern("Reference: <strong>[0-9A-F]{4}-[0-9A-F]{4}</strong>")
                .doesNotContain("user_account", "IllegalStateException", "<script>");
        assertThat(page.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theDatabaseAwayIsSaid() {
        ResponseEntity<String> page = error(failed(500, new org.springframework.dao.DataAccessResourceFailureException("x",
                new java.net.ConnectException("Connection refused"))));

        assertThat(page.getBody()).contains("Limber can't reach its database").doesNotContain("Connection refused");
        assertThat(page.getStatusCode().value()).isEqualTo(503);
        assertThat(page.getHeaders().getFirst("Retry-After")).isEqualTo("10");
    }

    @Test
    void noConnectionFromThePoolInTimeIsTheDatabaseAwayNotOurFailure() {
        // what a burst of 1,000 share-page loads met at the web edge: Hikari's wait for a connection ran out
        ResponseEntity<String> page = error(failed(500, new org.springframework.jdbc.CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection", new java.sql.SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms"))));

        assertThat(page.getStatusCode().value()).isEqualTo(503);
        assertThat(page.getBody()).contains("Limber can't reach its database").doesNotContain("HikariPool");
    }

    @Test
    void refusalsAndMissingPagesKeepTheirStatusAndSayItPlainly() {
        assertThat(error(failed(404, null))).satisfies(page -> {
            assertThat(page.getStatusCode().value()).isEqualTo(404);
            assertThat(page.getBody()).contains("Nothing here").doesNotContain("Reference");
        });
        assertThat(error(failed(403, null))).satisfies(page -> {
            assertThat(page.getStatusCode().value()).isEqualTo(403);
            assertThat(page.getBody()).contains("Not allowed");
        });
        assertThat(error(failed(405, null)).getBody()).contains("Limber couldn't use that request");
    }
}
