package app.limber.sharing;

import app.limber.account.ThrottleCounters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Limits share-link token look-ups per client address ({@link ShareLinkSettings}: by default 30 a minute), so tokens
 * cannot be guessed by trying many. An IPv6 address counts by its /64 network, since one
 * machine usually holds a whole /64. Counters live in PostgreSQL ({@link ThrottleCounters}), so the
 * limit spans every node and survives a restart.
 */
@Component
public class ShareLookupThrottle {

    /**
     * Request and session attribute set at the web edge once a page request's token was
     * counted and checked, so the page's view (which Vaadin runs in that request or in its
     * follow-up request) does not count it twice.
     */
    public static final String CHECKED_TOKEN_ATTRIBUTE = "limber.share-link.checked-token";
    public static final String MESSAGE = "Too many links opened from your network in a short time. Wait a minute, then try again.";
    static final String SCOPE = "share-lookup";

    private final ThrottleCounters counters;
    private final int maxLookups;
    private final Duration window;
    private final Clock clock;

    ShareLookupThrottle(ShareLinkSettings settings, ThrottleCounters counters, Clock clock) {
        this.maxLookups = settings.lookupLimit();
        this.window = settings.lookupWindow();
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * Counts one look-up from this address.
     *
     * @return false when the address has used up its look-ups for now; the caller must then
     *         refuse without looking the token up
     */
    public boolean tryLookup(String clientAddress) {
        return counters.tryAdd(SCOPE, key(clientAddress), maxLookups, window, clock.instant());
    }

    /**
     * For a share view being opened: counts the look-up of this token unless the web edge
     * already counted it for this very page load (same request, or the page request just before
     * in this session: used once). A navigation inside the app is counted here.
     *
     * @return false when the client has used up its look-ups: refuse without looking the token up
     */
    public boolean tryViewLookup(String token) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && token.equals(request.getAttribute(CHECKED_TOKEN_ATTRIBUTE))) {
            return true;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && token.equals(session.getSession().getAttribute(CHECKED_TOKEN_ATTRIBUTE))) {
            session.getSession().removeAttribute(CHECKED_TOKEN_ATTRIBUTE);
            return true;
        }
        return tryLookup(request == null ? "" : request.getRemoteAddr());
    }

    /** Forgets every counter (for a clean start in tests). */
    public void forgetAll() {
        counters.forgetAll(SCOPE);
    }

    static String key(String clientAddress) {
        return ThrottleCounters.clientKey(clientAddress);
    }
}
