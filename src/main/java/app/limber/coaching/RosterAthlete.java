package app.limber.coaching;

import java.time.Instant;
import java.time.ZoneId;

/**
 * An athlete on the coach's roster.
 *
 * @param zone their time zone, in which their days and weeks are counted (UTC until their browser told it)
 */
public record RosterAthlete(long athleteId, String name, Instant joinedAt, ZoneId zone) {
}
