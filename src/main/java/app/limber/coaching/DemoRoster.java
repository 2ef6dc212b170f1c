package app.limber.coaching;

import app.limber.account.DemoAccountsLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Puts the demo athletes on the demo coach's roster, so the demo shows a coach with athletes
 * from the first start. An athlete the coach has since removed stays removed.
 */
@Component
class DemoRoster {

    private final RosterRepository roster;
    private final Clock clock;

    DemoRoster(RosterRepository roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void putAthletesOnTheCoachsRoster(DemoAccountsLoaded demo) {
        for (long athleteId : demo.athleteIds()) {
            var key = new RosterEntry.Key(demo.coachId(), athleteId);
            if (!roster.existsById(key)) {
                roster.save(new RosterEntry(demo.coachId(), athleteId, clock.instant()));
            }
        }
    }
}
