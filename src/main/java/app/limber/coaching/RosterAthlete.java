package app.limber.coaching;

import java.time.Instant;

/** An athlete on the coach's roster. */
public record RosterAthlete(long athleteId, String name, Instant joinedAt) {
}
