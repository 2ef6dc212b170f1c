package app.limber.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting rules, on a clock the test moves. The real login path is in {@code SecurityHttpTest}. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheEmailForFifteenMinutes() {
        for (int failure = 1; failure <= 4; failure++) {
            throttle.recordFailure("casey@example.com");
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.isLocked("casey@example.com")).isFalse();

        throttle.recordFailure("casey@example.com");
        assertThat(throttle.isLocked("casey@example.com")).isTrue();
        assertThat(throttle.isLocked("CASEY@example.com ")).as("any case of the same email").isTrue();
        assertThat(throttle.isLocked("other@example.com")).isFalse();

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLocked("casey@example.com")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("casey@example.com")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int failure = 1; failure <= 4; failure++) {
            throttle.recordFailure("casey@example.com");
        }
        clock.advance(Duration.ofMinutes(15));
        throttle.recordFailure("casey@example.com");

        assertThat(throttle.isLocked("casey@example.com")).isFalse();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        for (int failure = 1; failure <= 4; failure++) {
            throttle.recordFailure("casey@example.com");
        }
        throttle.recordSuccess("casey@example.com");
        throttle.recordFailure("casey@example.com");

        assertThat(throttle.isLocked("casey@example.com")).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
