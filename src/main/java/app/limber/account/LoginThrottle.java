package app.limber.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Limits password checks per email: at most {@code maxFailures} failed logins within
 * {@code window}, after which the email is refused for {@code lockout}, whether or not an
 * account has it, so the refusal reveals nothing (see {@link LoginThrottleSettings}).
 *
 * <p>A login first {@linkplain #tryStart reserves} a check and then reports how it ended,
 * all under the cache's per-key lock, so parallel guesses cannot slip past the limit
 * (attempts in flight count as failures until they end). Counters live in memory, in a
 * bounded cache: a restart forgets them.
 */
@Component
public class LoginThrottle {

    /** Logins with a longer name are refused without being counted: no email is this long. */
    static final int MAX_EMAIL_LENGTH = AccountService.MAX_EMAIL_LENGTH;
    private static final long MAX_TRACKED_EMAILS = 100_000;

    private final Cache<String, Attempts> attemptsByEmail;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;

    LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.maxFailures = settings.maxFailures();
        this.window = settings.window();
        this.lockout = settings.lockout();
        this.clock = clock;
        Duration keep = window.compareTo(lockout) > 0 ? window : lockout;
        this.attemptsByEmail = Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED_EMAILS)
                .expireAfterAccess(keep.plusMinutes(1))
                .build();
    }

    /**
     * Reserves one password check for this email.
     *
     * @return false when the email is locked, or when its failures plus the checks already
     *         running reach the limit; the caller must then refuse without checking
     */
    public boolean tryStart(String email) {
        Instant now = clock.instant();
        boolean[] started = {false};
        attemptsByEmail.asMap().compute(key(email), (key, attempts) -> {
            Attempts current = attempts == null ? new Attempts() : attempts;
            started[0] = current.tryStart(now);
            return current;
        });
        return started[0];
    }

    /** Ends a reserved check that failed; the failure counts towards the lock. */
    public void failed(String email) {
        Instant now = clock.instant();
        attemptsByEmail.asMap().computeIfPresent(key(email), (key, attempts) -> {
            attempts.failed(now);
            return attempts;
        });
    }

    /** Ends a reserved check that succeeded: the count starts again. */
    public void succeeded(String email) {
        attemptsByEmail.asMap().computeIfPresent(key(email), (key, attempts) -> attempts.succeeded());
    }

    /** Ends a reserved check that could not be carried out; it does not count. */
    public void abandoned(String email) {
        attemptsByEmail.asMap().computeIfPresent(key(email), (key, attempts) -> attempts.abandoned());
    }

    /** Whether logins for this email are refused right now. */
    public boolean isLocked(String email) {
        Attempts attempts = attemptsByEmail.getIfPresent(key(email));
        return attempts != null && attempts.lockedAt(clock.instant());
    }

    /** Forgets every counter (for a clean start, as after a restart). */
    public void forgetAll() {
        attemptsByEmail.invalidateAll();
    }

    private static String key(String email) {
        return AccountService.normalizeEmail(email);
    }

    /** One email's recent failures; only touched inside the cache's per-key compute. */
    private final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;
        private int inFlight;

        boolean tryStart(Instant now) {
            forgetOldFailures(now);
            if (lockedAt(now) || failures.size() + inFlight >= maxFailures) {
                return false;
            }
            inFlight++;
            return true;
        }

        void failed(Instant now) {
            inFlight = Math.max(0, inFlight - 1);
            forgetOldFailures(now);
            failures.addLast(now);
            if (failures.size() >= maxFailures) {
                lockedUntil = now.plus(lockout);
                failures.clear();
            }
        }

        /** @return null to drop the entry when nothing else is running for this email */
        Attempts succeeded() {
            inFlight = Math.max(0, inFlight - 1);
            failures.clear();
            return inFlight == 0 ? null : this;
        }

        Attempts abandoned() {
            inFlight = Math.max(0, inFlight - 1);
            return this;
        }

        boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        private void forgetOldFailures(Instant now) {
            Instant start = now.minus(window);
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(start)) {
                failures.removeFirst();
            }
        }
    }
}
