package app.limber.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

/**
 * Counts an athlete's week against their plans, in their time zone: the week of "now" from its
 * Monday 00:00 to the next, however long summer time makes it.
 */
final class PlannedWeeks {

    /** A complete session of a routine. */
    record Done(long routineId, Instant at) {
    }

    private PlannedWeeks() {
    }

    /**
     * @param plans    the athlete's plans, by routine
     * @param complete their complete sessions (at least those of this week)
     * @return their week against the plans; null when no plan asks for a session this week
     */
    static WeekProgress of(Map<Long, Plan> plans, Collection<Done> complete, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate monday = Plan.weekOf(today);
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant until = monday.plusDays(7).atStartOfDay(zone).toInstant();
        int done = 0;
        int planned = 0;
        int dueSoFar = 0;
        for (var entry : plans.entrySet()) {
            Plan plan = entry.getValue();
            int asked = plan.plannedIn(monday);
            if (asked == 0) {
                continue;
            }
            long sessions = complete.stream().filter(session -> session.routineId() == entry.getKey())
                    .filter(session -> !session.at().isBefore(from) && session.at().isBefore(until)).count();
            done += (int) Math.min(sessions, asked);
            planned += asked;
            dueSoFar += plan.dueBefore(monday, today);
        }
        return planned == 0 ? null : new WeekProgress(done, planned, dueSoFar);
    }

    /** When the athlete's week began: Monday 00:00 in their zone. */
    static Instant weekStart(ZoneId zone, Instant now) {
        return Plan.weekOf(LocalDate.ofInstant(now, zone)).atStartOfDay(zone).toInstant();
    }
}
