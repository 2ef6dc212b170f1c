package app.limber.sharing.web;

import app.limber.base.web.ReaderLanguage;
import app.limber.sharing.ShareLookupThrottle;
import app.limber.sharing.SharingService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The door of every share address ({@code /s/{token}} and everything below it: the public
 * page, the player, the handout and its PDF). It marks the answer as not for search engines
 * and never to be sent on as a referrer, counts the look-up against the client's address,
 * and answers a token that does not work with one fixed 404 page before Vaadin or a
 * controller sees the request, so no session is made for it and the answer is the same for
 * a wrong, an expired and a revoked token.
 */
class ShareLinkFilter extends OncePerRequestFilter {

    /** Request attribute: the token this request already counted and checked (the public page skips counting it again). */
    static final String CHECKED_TOKEN = ShareLookupThrottle.CHECKED_TOKEN_ATTRIBUTE;

    /** Session attribute: the link whose page was opened last in this session (its photos and videos are not counted again). */
    static final String OPEN_PAGE = "limber.share-link.open-page";

    private final SharingService sharing;
    private final ShareLookupThrottle throttle;
    private final ReaderLanguage readers;

    ShareLinkFilter(SharingService sharing, ShareLookupThrottle throttle, ReaderLanguage readers) {
        this.sharing = sharing;
        this.throttle = throttle;
        this.readers = readers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        markPrivate(response);
        ReaderLanguage.vary(response);
        String token = token(request);
        if (!isMediumOfAnOpenPage(request, token) && !throttle.tryLookup(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "60");
            answer(response, 429, SharePages.throttled(readers.of(request, response)));
            return;
        }
        if (!sharing.isUsable(token)) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, SharePages.gone(readers.of(request, response)));
            return;
        }
        // The page's view runs in this request or, in a browser, in Vaadin's follow-up request
        // of the same session: either way it finds the token already counted and checked.
        request.setAttribute(CHECKED_TOKEN, token);
        if (isPage(request)) {
            request.getSession().setAttribute(CHECKED_TOKEN, token);
            request.getSession().setAttribute(OPEN_PAGE, token);
        }
        chain.doFilter(request, response);
    }

    /** Not for search engines, and the address (which holds the token) never leaves as a referrer. */
    static void markPrivate(HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    /** The public page or the player (Vaadin routes), not the handout, its PDF, a photo or a video. */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.endsWith("/handout") && !path.endsWith("/handout.pdf") && !isMedium(request);
    }

    /** A photo or a video (a video comes in many range requests as it plays and seeks). */
    private static boolean isMedium(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.contains("/photos/") || path.contains("/videos/");
    }

    /**
     * A photo or video asked for by a page of this link that is open in this session (its look-up
     * was counted when the page opened): the page's media do not use up the client's look-ups.
     */
    private static boolean isMediumOfAnOpenPage(HttpServletRequest request, String token) {
        HttpSession session = request.getSession(false);
        return isMedium(request) && session != null && token.equals(session.getAttribute(OPEN_PAGE));
    }

    /** The token: the path segment after {@code /s/}. */
    static String token(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/s/")) {
            return "";
        }
        String rest = path.substring(3);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    static void answer(HttpServletResponse response, int status, String page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
