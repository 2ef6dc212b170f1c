package app.limber.coaching;

import app.limber.account.ThrottleCounters;
import com.vaadin.flow.server.VaadinRequest;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Limits sign-up tries on the join page, so an invite cannot be used to try email after
 * email: at most {@value #PER_INVITE} per invite and {@value #PER_ADDRESS} per client address
 * (an IPv6 /64 counts as one) within {@link #WINDOW}, counted in PostgreSQL across nodes
 * ({@link ThrottleCounters}). A refused try is not counted.
 */
@Component
class JoinThrottle {

    static final int PER_INVITE = 10;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final ThrottleCounters counters;
    private final Clock clock;

    JoinThrottle(ThrottleCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** Counts one sign-up try with this invite from the current request's address; false when either has used up its tries. */
    boolean tryJoin(String token) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = ThrottleCounters.clientKey(request == null ? "" : request.getRemoteAddr());
        var now = clock.instant();
        // the invite first: a try its invite refuses does not use up the address's tries
        return counters.tryAdd("join-invite", token, PER_INVITE, WINDOW, now)
                && counters.tryAdd("join-address", address, PER_ADDRESS, WINDOW, now);
    }
}
