package app.limber.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: it stands still at {@link #START} until a test moves it,
 * so "ten days ago" is a step of the clock instead of SQL that rewrites timestamps. Every
 * service reads the time from the {@code Clock} bean, so they all see this one. Thread-safe;
 * {@link LimberTest} sets it back to {@link #START} before each test.
 */
public final class TestClock extends Clock {

    /** A Tuesday morning, far from midnight in the zones the tests use. */
    public static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

    private volatile Instant now = START;

    public void reset() {
        now = START;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void setInstant(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Limber reads instants; zones are the user's (UserTime)");
    }
}
