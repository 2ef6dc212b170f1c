package app.limber.routine;

import app.limber.library.Purpose;

import java.time.Instant;

/** A routine in the coach's list. */
public record RoutineSummary(long id, String title, Purpose purpose, int steps, int estimatedSeconds,
                             boolean archived, Instant lastEdited) {
}
