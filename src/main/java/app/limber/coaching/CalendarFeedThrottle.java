package app.limber.coaching;

import app.limber.account.ThrottleCounters;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Limits calendar-feed look-ups per client address ({@link CalendarFeedSettings}: by default 30
 * a minute, as for share links), so feed tokens cannot be guessed by trying many. Counted in
 * PostgreSQL ({@link ThrottleCounters}): the limit spans every node; an IPv6 /64 counts as one.
 */
@Component
public class CalendarFeedThrottle {

    static final String SCOPE = "calendar-feed-lookup";

    private final ThrottleCounters counters;
    private final CalendarFeedSettings settings;
    private final Clock clock;

    CalendarFeedThrottle(ThrottleCounters counters, CalendarFeedSettings settings, Clock clock) {
        this.counters = counters;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts one look-up from this address. @return false when it has used up its look-ups for now: refuse without looking */
    public boolean tryLookup(String clientAddress) {
        return counters.tryAdd(SCOPE, ThrottleCounters.clientKey(clientAddress), settings.lookupLimit(),
                settings.lookupWindow(), clock.instant());
    }
}
