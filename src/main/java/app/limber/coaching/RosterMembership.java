package app.limber.coaching;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on whose roster, for the coaching feature's own access checks. Not a service:
 * it asks nothing of the caller, so nothing outside this package can reach it.
 */
@Component
class RosterMembership {

    private final RosterRepository roster;

    RosterMembership(RosterRepository roster) {
        this.roster = roster;
    }

    /** Whether the athlete is on the coach's roster now (a removed athlete is not). */
    @Transactional(readOnly = true)
    boolean onRoster(long coachId, long athleteId) {
        return roster.findById(new RosterEntry.Key(coachId, athleteId)).map(RosterEntry::isActive).orElse(false);
    }

    /** The athletes on the coach's roster now, in one query (for checks over many athletes). */
    @Transactional(readOnly = true)
    java.util.Set<Long> athletesOnRoster(long coachId) {
        return roster.findAthleteIdsOnRoster(coachId);
    }
}
