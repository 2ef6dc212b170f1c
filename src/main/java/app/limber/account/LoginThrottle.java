package app.limber.account;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Limits password checks per email: at most {@code maxFailures} failed logins within
 * {@code window}, after which the email is refused for {@code lockout}, whether or not an
 * account has it, so the refusal reveals nothing (see {@link LoginThrottleSettings}).
 *
 * <p>Failures and locks are counted in PostgreSQL ({@link ThrottleCounters}), so they hold
 * on every node and through a restart. A login first {@linkplain #tryStart reserves} a check
 * and then reports how it ended. So that parallel guesses cannot slip past the limit, a node
 * runs at most as many checks of one email at once as it has failures left; a check beyond
 * that waits for one of them to end (it is not refused: many correct logins of one email at
 * once all get in, one after another), and is then let in or refused on the counts as they
 * are. With several nodes, each runs its own share of checks at once; the failures they
 * report add up in the one database.
 */
@Component
public class LoginThrottle {

    /** Logins with a longer name are refused without being counted: no email is this long. */
    static final int MAX_EMAIL_LENGTH = AccountService.MAX_EMAIL_LENGTH;
    static final String SCOPE = "login";
    /** How long a check waits for a turn before it is refused as throttled. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final ThrottleCounters counters;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    /** Checks running on this node per email; an entry is its monitor too. */
    private final ConcurrentHashMap<String, Running> runningByEmail = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleSettings settings, ThrottleCounters counters, Clock clock) {
        this.counters = counters;
        this.maxFailures = settings.maxFailures();
        this.window = settings.window();
        this.lockout = settings.lockout();
        this.clock = clock;
    }

    /**
     * Reserves one password check for this email, waiting while the checks already running
     * use up the failures it has left.
     *
     * @return false when the email is locked or has no failures left (or no turn came in
     *         {@code MAX_WAIT}); the caller must then refuse without checking
     */
    public boolean tryStart(String email) {
        String key = key(email);
        long giveUpAt = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            Running running = runningByEmail.computeIfAbsent(key, ignored -> new Running());
            // the counts are read and the check reserved under the email's monitor, which the
            // ends of this node's checks take too: no check here slips between a read and a reserve
            synchronized (running) {
                if (running.retired) {
                    continue; // its checks ended and it was removed meanwhile: take the current entry
                }
                Instant now = clock.instant();
                // failures first: a lock is written before the failures are reset
                int failuresLeft = maxFailures - counters.count(SCOPE, key, window, now);
                if (failuresLeft <= 0 || counters.lockedUntil(SCOPE, key, now).isPresent()) {
                    running.retireIfIdle(key);
                    return false;
                }
                if (running.checks < failuresLeft) {
                    running.checks++;
                    return true;
                }
                long waitNanos = giveUpAt - System.nanoTime();
                if (waitNanos <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(running, waitNanos);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    /** Ends a reserved check that failed; the failure counts towards the lock. */
    public void failed(String email) {
        ended(key(email), key -> {
            Instant now = clock.instant();
            if (counters.add(SCOPE, key, window, now) >= maxFailures) {
                counters.lock(SCOPE, key, now.plus(lockout));
                counters.reset(SCOPE, key);
            }
        });
    }

    /** Ends a reserved check that succeeded: the count starts again. */
    public void succeeded(String email) {
        ended(key(email), key -> counters.reset(SCOPE, key));
    }

    /** Ends a reserved check that could not be carried out; it does not count. */
    public void abandoned(String email) {
        ended(key(email), key -> { });
    }

    /** Whether logins for this email are refused right now. */
    public boolean isLocked(String email) {
        return counters.lockedUntil(SCOPE, key(email), clock.instant()).isPresent();
    }

    /** Forgets every counter and lock (for a clean start in tests). */
    public void forgetAll() {
        counters.forgetAll(SCOPE);
    }

    /** Records how a check ended (under the email's monitor) and lets a waiting check have its turn. */
    private void ended(String key, Consumer<String> record) {
        Running running = runningByEmail.get(key);
        if (running == null) {
            record.accept(key);
            return;
        }
        synchronized (running) {
            try {
                record.accept(key);
            } finally {
                running.checks = Math.max(0, running.checks - 1);
                running.retireIfIdle(key);
                running.notifyAll();
            }
        }
    }

    private static String key(String email) {
        return AccountService.normalizeEmail(email);
    }

    /** The checks of one email running on this node; guarded by its own monitor. */
    private final class Running {
        int checks;
        boolean retired;

        void retireIfIdle(String key) {
            if (checks == 0) {
                retired = true;
                runningByEmail.remove(key, this);
            }
        }
    }
}
