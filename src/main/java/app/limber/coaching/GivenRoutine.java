package app.limber.coaching;

import java.time.Instant;

/**
 * A routine an athlete has been given, for the coach's athlete page.
 *
 * @param version  the latest published version (what the athlete plays)
 * @param lastDone when the athlete last played it through (complete); null when never
 * @param plan     when the athlete is meant to do it
 */
public record GivenRoutine(long routineId, String title, int version, String scheduleHint, Instant givenAt, Instant lastDone,
                           Plan plan) {
}
