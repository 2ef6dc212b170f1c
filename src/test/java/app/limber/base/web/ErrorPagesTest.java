package app.limber.base.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The page a failure outside Vaadin ends on, as the servlet container's error dispatch hands it over. */
class ErrorPagesTest {

    private final ErrorPages pages = new ErrorPages();

    private static MockHttpServletRequest failed(int status, Throwable failure) {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/routines/1/handout.pdf");
        if (failure != null) {
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        }
        return request;
    }

    @Test
    void aFailureIsToldInPlainWordsWithAReferenceAndNoneOfItsText() {
        ResponseEntity<String> page = pages.error(failed(500,
                new IllegalStateException("ERROR: relation \"user_account\" <script>alert(1)</script>")));

        assertThat(page.getStatusCode().value()).isEqualTo(500);
        assertThat(page.getBody()).contains("Something went wrong", "tell us the reference")
                .containsPattern("Reference: <strong>[0-9A-F]{4}-[0-9A-F]{4}</strong>")
                .doesNotContain("user_account", "IllegalStateException", "<script>");
        assertThat(page.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theDatabaseAwayIsSaid() {
        ResponseEntity<String> page = pages.error(failed(500, new org.springframework.dao.DataAccessResourceFailureException("x",
                new java.net.ConnectException("Connection refused"))));

        assertThat(page.getBody()).contains("Limber can't reach its database").doesNotContain("Connection refused");
    }

    @Test
    void refusalsAndMissingPagesKeepTheirStatusAndSayItPlainly() {
        assertThat(pages.error(failed(404, null))).satisfies(page -> {
            assertThat(page.getStatusCode().value()).isEqualTo(404);
            assertThat(page.getBody()).contains("Nothing here").doesNotContain("Reference");
        });
        assertThat(pages.error(failed(403, null))).satisfies(page -> {
            assertThat(page.getStatusCode().value()).isEqualTo(403);
            assertThat(page.getBody()).contains("Not allowed");
        });
        assertThat(pages.error(failed(405, null)).getBody()).contains("Limber couldn't use that request");
    }
}
