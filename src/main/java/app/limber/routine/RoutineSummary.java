package app.limber.routine;

import app.limber.library.Purpose;

import java.time.Instant;

/**
 * A routine in the coach's list.
 *
 * @param untilReleased some step is held until it releases: {@code estimatedSeconds} counts its maximum, "up to"
 */
public record RoutineSummary(long id, String title, Purpose purpose, int steps, int estimatedSeconds,
                             boolean archived, Instant lastEdited, boolean untilReleased) {
}
