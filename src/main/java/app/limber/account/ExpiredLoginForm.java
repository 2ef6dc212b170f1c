package app.limber.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;

/**
 * A login form sent with the CSRF token of a session the server no longer has (it restarted,
 * the node that served the form is gone, or the session timed out while the form stayed open;
 * a page that reconnects afterwards may even have been given a new session meanwhile) goes back
 * to a fresh login form that says why, instead of a 403. Nobody is logged in by it. A login
 * POST with no token at all, and every other refused request, is still a 403.
 */
final class ExpiredLoginForm implements AccessDeniedHandler {

    static final String EXPIRED_URL = "/login?expired";

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        String token = request.getParameter("_csrf");
        if (refused instanceof CsrfException && "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login")
                && token != null && !token.isBlank()) {
            response.sendRedirect(request.getContextPath() + EXPIRED_URL);
            return;
        }
        otherwise.handle(request, response, refused);
    }
}
