package app.limber.account;

import app.limber.support.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting rules, on a clock the test moves. The real login path is in {@code SecurityHttpTest}. */
class LoginThrottleTest {

    private static final String EMAIL = "casey@example.com";

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle =
            new LoginThrottle(new LoginThrottleSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheEmailForFifteenMinutes() {
        for (int failure = 1; failure <= 4; failure++) {
            fail();
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.isLocked(EMAIL)).isFalse();

        fail();
        assertThat(throttle.isLocked(EMAIL)).isTrue();
        assertThat(throttle.tryStart(EMAIL)).as("no password check while locked").isFalse();
        assertThat(throttle.isLocked("CASEY@example.com ")).as("any case of the same email").isTrue();
        assertThat(throttle.isLocked("other@example.com")).isFalse();

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLocked(EMAIL)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked(EMAIL)).isFalse();
        assertThat(throttle.tryStart(EMAIL)).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int failure = 1; failure <= 4; failure++) {
            fail();
        }
        clock.advance(Duration.ofMinutes(15));
        fail();

        assertThat(throttle.isLocked(EMAIL)).isFalse();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        for (int failure = 1; failure <= 4; failure++) {
            fail();
        }
        assertThat(throttle.tryStart(EMAIL)).isTrue();
        throttle.succeeded(EMAIL);
        fail();

        assertThat(throttle.isLocked(EMAIL)).isFalse();
    }

    @Test
    void aCheckThatCouldNotBeCarriedOutDoesNotCount() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(throttle.tryStart(EMAIL)).isTrue();
            throttle.abandoned(EMAIL);
        }
        assertThat(throttle.isLocked(EMAIL)).isFalse();
    }

    @Test
    void checksStillRunningCountSoParallelGuessesGetNoMoreThanFive() throws Exception {
        int guesses = 200;
        var go = new CountDownLatch(1);
        try (var executor = Executors.newFixedThreadPool(32)) {
            List<Future<Boolean>> started = new ArrayList<>();
            for (int guess = 0; guess < guesses; guess++) {
                Callable<Boolean> attempt = () -> {
                    go.await();
                    return throttle.tryStart(EMAIL);
                };
                started.add(executor.submit(attempt));
            }
            go.countDown();
            long passwordChecks = 0;
            for (Future<Boolean> result : started) {
                if (result.get()) {
                    passwordChecks++;
                }
            }
            assertThat(passwordChecks).isEqualTo(5);
        }
        for (int check = 0; check < 5; check++) {
            throttle.failed(EMAIL);
        }
        assertThat(throttle.isLocked(EMAIL)).isTrue();
    }

    private void fail() {
        assertThat(throttle.tryStart(EMAIL)).isTrue();
        throttle.failed(EMAIL);
    }
}
