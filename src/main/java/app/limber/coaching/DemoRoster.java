package app.limber.coaching;

import app.limber.account.DemoAccountsLoaded;
import app.limber.routine.RoutineService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Puts the demo athletes on the demo coach's roster, so the demo shows a coach with athletes
 * from the first start, and gives them a published routine to play. An athlete the coach has
 * since removed stays removed; once the coach has any routine, none is added.
 */
@Component
class DemoRoster {

    static final String FIRST_ROUTINE_TEMPLATE = "post-run-static-cool-down";

    private final RosterRepository roster;
    private final Clock clock;
    private final RoutineService routines;
    private final PublishingService publishing;
    private final AssignmentService assignments;
    private final UserDetailsService users;

    DemoRoster(RosterRepository roster, Clock clock, RoutineService routines, PublishingService publishing,
               AssignmentService assignments, UserDetailsService users) {
        this.roster = roster;
        this.clock = clock;
        this.routines = routines;
        this.publishing = publishing;
        this.assignments = assignments;
        this.users = users;
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
        giveTheAthletesAFirstRoutine(demo);
    }

    /** As the demo coach, through the same services a coach uses. */
    private void giveTheAthletesAFirstRoutine(DemoAccountsLoaded demo) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            var coach = users.loadUserByUsername(demo.coachEmail());
            SecurityContext asCoach = SecurityContextHolder.createEmptyContext();
            asCoach.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(coach, null, coach.getAuthorities()));
            SecurityContextHolder.setContext(asCoach);
            if (!routines.list("", false).isEmpty() || !routines.list("", true).isEmpty()) {
                return;
            }
            var routine = routines.createFromTemplate(FIRST_ROUTINE_TEMPLATE);
            publishing.publish(routine.id(), "First version");
            var onRoster = demo.athleteIds().stream().filter(athlete -> roster.existsById(new RosterEntry.Key(demo.coachId(), athlete))).toList();
            assignments.assign(routine.id(), onRoster, "After runs");
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
