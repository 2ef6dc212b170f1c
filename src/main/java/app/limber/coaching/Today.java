package app.limber.coaching;

import app.limber.base.Words;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The top of an athlete's home: what their plans ask of them today and what is left this week,
 * counted in their time zone in weeks from Monday to Sunday. Routines planned "when a cramp
 * starts" are on hand, never due; routines with no plan are not here (they stay in the list below).
 *
 * @param date    their today
 * @param zone    the zone their days are counted in
 * @param planned the routines with a plan that runs this week, due ones first
 * @param onHand  the routines for when a cramp starts
 */
public record Today(LocalDate date, ZoneId zone, List<Entry> planned, List<AssignedRoutine> onHand) {

    public enum State {
        /** To do today. */
        DUE,
        /** Done today, or the week's sessions are all done. */
        DONE,
        /** Not planned today; sessions are left later this week. */
        LATER
    }

    /**
     * @param done    complete sessions this week (no more than planned count)
     * @param planned sessions the plan asks for this week
     * @param nextDay for {@link State#LATER}: the next planned day of the week; null otherwise
     */
    public record Entry(AssignedRoutine routine, State state, int done, int planned, DayOfWeek nextDay) {

        /** "2 of 3 this week". */
        public Words progressWords() {
            return Words.of("my-routines.progress", Math.min(done, planned), planned);
        }

        /** {@link #progressWords()} in English. */
        public String progress() {
            return progressWords().english();
        }

        /** The next planned day in English ("Thursday"); empty when there is none. */
        public String next() {
            return nextDay == null ? "" : nextDay.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    public Today {
        planned = List.copyOf(planned);
        onHand = List.copyOf(onHand);
    }

    /** Whether there is anything to show (a plan that runs this week, or a routine on hand). */
    public boolean isEmpty() {
        return planned.isEmpty() && onHand.isEmpty();
    }

    /** All the week's planned sessions, done and to do, over every routine: "2 of 5 this week". */
    public Words weekProgressWords() {
        int done = planned.stream().mapToInt(entry -> Math.min(entry.done(), entry.planned())).sum();
        int all = planned.stream().mapToInt(Entry::planned).sum();
        return Words.of("my-routines.progress", done, all);
    }

    /** {@link #weekProgressWords()} in English. */
    public String weekProgress() {
        return weekProgressWords().english();
    }

    static Today of(LocalDate date, ZoneId zone, List<AssignedRoutine> routines) {
        LocalDate monday = Plan.weekOf(date);
        List<Entry> due = new ArrayList<>();
        List<Entry> rest = new ArrayList<>();
        List<AssignedRoutine> onHand = new ArrayList<>();
        for (AssignedRoutine routine : routines) {
            Plan plan = routine.plan();
            if (plan.kind() == Plan.Kind.ON_CRAMP) {
                onHand.add(routine);
                continue;
            }
            int planned = plan.plannedIn(monday);
            if (!plan.plansSessions() || planned == 0) {
                continue;
            }
            int done = routine.doneThisWeek();
            State state;
            if (routine.doneToday() || done >= planned) {
                state = State.DONE;
            } else if (plan.kind() == Plan.Kind.TIMES ? plan.runsOn(date) : plan.plannedOn(date)) {
                state = State.DUE;
            } else {
                state = State.LATER;
            }
            DayOfWeek next = state == State.LATER ? date.plusDays(1).datesUntil(monday.plusDays(7))
                    .filter(plan::plannedOn).findFirst().map(LocalDate::getDayOfWeek).orElse(null) : null;
            (state == State.DUE ? due : rest).add(new Entry(routine, state, done, planned, next));
        }
        due.addAll(rest);
        return new Today(date, zone, due, onHand);
    }
}
