package app.limber.coaching;

import java.util.Set;

/** A named group of the coach's athletes, by athlete id. */
public record AthleteGroup(long id, String name, Set<Long> athleteIds) {
}
