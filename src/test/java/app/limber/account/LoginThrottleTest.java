package app.limber.account;

import app.limber.support.LimberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting rules, in the real database on a clock the test moves. Two throttles over one
 * database are two nodes (or one node before and after a restart). The real login path is in
 * {@code SecurityHttpTest}.
 */
class LoginThrottleTest extends LimberTest {

    private static final String EMAIL = "casey@example.com";
    private static final LoginThrottleSettings SETTINGS = new LoginThrottleSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Autowired
    ThrottleCounters counters;

    private LoginThrottle node() {
        return new LoginThrottle(SETTINGS, counters, clock);
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheEmailForFifteenMinutes() {
        LoginThrottle throttle = node();
        for (int failure = 1; failure <= 4; failure++) {
            fail(throttle);
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.isLocked(EMAIL)).isFalse();

        fail(throttle);
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
        LoginThrottle throttle = node();
        for (int failure = 1; failure <= 4; failure++) {
            fail(throttle);
        }
        clock.advance(Duration.ofMinutes(15));
        fail(throttle);

        assertThat(throttle.isLocked(EMAIL)).isFalse();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        LoginThrottle throttle = node();
        for (int failure = 1; failure <= 4; failure++) {
            fail(throttle);
        }
        assertThat(throttle.tryStart(EMAIL)).isTrue();
        throttle.succeeded(EMAIL);
        fail(throttle);

        assertThat(throttle.isLocked(EMAIL)).isFalse();
    }

    @Test
    void aCheckThatCouldNotBeCarriedOutDoesNotCount() {
        LoginThrottle throttle = node();
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(throttle.tryStart(EMAIL)).isTrue();
            throttle.abandoned(EMAIL);
        }
        assertThat(throttle.isLocked(EMAIL)).isFalse();
    }

    @Test
    void wrongPasswordsAlternatingBetweenTwoNodesLockTheEmailOnBoth() {
        LoginThrottle first = node();
        LoginThrottle second = node();
        for (int failure = 1; failure <= 5; failure++) {
            fail(failure % 2 == 0 ? second : first);
        }

        assertThat(first.isLocked(EMAIL)).isTrue();
        assertThat(second.isLocked(EMAIL)).as("a lock made on one node holds on the other").isTrue();
        assertThat(second.tryStart(EMAIL)).isFalse();
    }

    @Test
    void aLockAndTheFailuresSurviveARestart() {
        LoginThrottle beforeRestart = node();
        for (int failure = 1; failure <= 4; failure++) {
            fail(beforeRestart);
        }
        fail(node());
        assertThat(node().isLocked(EMAIL)).as("four failures before the restart and one after lock").isTrue();
    }

    @Test
    void checksStillRunningCountSoParallelGuessesGetNoMoreThanFive() throws Exception {
        LoginThrottle throttle = node();
        int guesses = 200;
        var go = new CountDownLatch(1);
        long passwordChecks = 0;
        try (var executor = Executors.newFixedThreadPool(32)) {
            List<Future<Boolean>> started = new ArrayList<>();
            for (int guess = 0; guess < guesses; guess++) {
                Callable<Boolean> wrongGuess = () -> {
                    go.await();
                    if (!throttle.tryStart(EMAIL)) {
                        return false;
                    }
                    throttle.failed(EMAIL);
                    return true;
                };
                started.add(executor.submit(wrongGuess));
            }
            go.countDown();
            for (Future<Boolean> result : started) {
                if (result.get()) {
                    passwordChecks++;
                }
            }
        }
        assertThat(passwordChecks).isEqualTo(5);
        assertThat(throttle.isLocked(EMAIL)).isTrue();
    }

    @Test
    void aCheckBeyondTheFailuresLeftWaitsForARunningOneInsteadOfBeingRefused() throws Exception {
        LoginThrottle throttle = node();
        for (int check = 0; check < 5; check++) {
            assertThat(throttle.tryStart(EMAIL)).isTrue();
        }
        try (var executor = Executors.newSingleThreadExecutor()) {
            Future<Boolean> sixth = executor.submit(() -> throttle.tryStart(EMAIL));
            throttle.succeeded(EMAIL);
            assertThat(sixth.get(5, TimeUnit.SECONDS)).as("the sixth correct login at once gets its turn").isTrue();
        }
    }

    @Test
    void manyCorrectLoginsOfOneEmailAtOnceAllGetIn() throws Exception {
        LoginThrottle throttle = node();
        var go = new CountDownLatch(1);
        List<Future<Boolean>> logins = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(20)) {
            for (int login = 0; login < 20; login++) {
                logins.add(executor.submit(() -> {
                    go.await();
                    if (!throttle.tryStart(EMAIL)) {
                        return false;
                    }
                    throttle.succeeded(EMAIL);
                    return true;
                }));
            }
            go.countDown();
            for (Future<Boolean> login : logins) {
                assertThat(login.get(15, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    private static void fail(LoginThrottle throttle) {
        assertThat(throttle.tryStart(EMAIL)).isTrue();
        throttle.failed(EMAIL);
    }
}
