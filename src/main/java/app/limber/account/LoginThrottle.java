package app.limber.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per email. After {@code maxFailures} failures within {@code window}
 * the email is refused for {@code lockout}, whether or not an account has it, so the
 * refusal reveals nothing. Counters live in memory: a restart forgets them.
 */
@Component
public class LoginThrottle {

    /** Past this many tracked emails, expired entries are swept out on the next failure. */
    private static final int SWEEP_THRESHOLD = 10_000;

    private final Map<String, Attempts> attemptsByEmail = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;

    LoginThrottle(@Value("${limber.login-throttle.max-failures:5}") int maxFailures,
                  @Value("${limber.login-throttle.window:15m}") Duration window,
                  @Value("${limber.login-throttle.lockout:15m}") Duration lockout,
                  Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** Whether logins for this email are refused right now. */
    public boolean isLocked(String email) {
        Attempts attempts = attemptsByEmail.get(AccountService.normalizeEmail(email));
        return attempts != null && attempts.lockedAt(clock.instant());
    }

    void recordFailure(String email) {
        Instant now = clock.instant();
        if (attemptsByEmail.size() > SWEEP_THRESHOLD) {
            attemptsByEmail.values().removeIf(attempts -> attempts.expiredAt(now));
        }
        attemptsByEmail.computeIfAbsent(AccountService.normalizeEmail(email), key -> new Attempts())
                .recordFailure(now);
    }

    void recordSuccess(String email) {
        attemptsByEmail.remove(AccountService.normalizeEmail(email));
    }

    /** Forgets every counter (for a clean start, as after a restart). */
    public void forgetAll() {
        attemptsByEmail.clear();
    }

    private final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized void recordFailure(Instant now) {
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(window))) {
                failures.removeFirst();
            }
            failures.addLast(now);
            if (failures.size() >= maxFailures) {
                lockedUntil = now.plus(lockout);
                failures.clear();
            }
        }

        synchronized boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        synchronized boolean expiredAt(Instant now) {
            return !lockedAt(now) && (failures.isEmpty() || !failures.peekLast().isAfter(now.minus(window)));
        }
    }
}
