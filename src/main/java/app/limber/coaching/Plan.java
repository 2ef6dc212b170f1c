package app.limber.coaching;

import app.limber.base.Words;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * When an athlete is meant to do a routine they were given: on chosen days of the week, a number
 * of times a week, when a cramp starts (on hand, never due), or with no plan; from a first day to
 * an optional last day. Days are the athlete's, in their time zone, and a week runs Monday to
 * Sunday.
 *
 * @param days         the chosen days (only for {@link Kind#DAYS})
 * @param timesPerWeek how many sessions a week (only for {@link Kind#TIMES}; 0 otherwise)
 * @param ends         the last day of the plan, or null for no end
 */
public record Plan(Kind kind, Set<DayOfWeek> days, int timesPerWeek, LocalDate starts, LocalDate ends) {

    public static final int MAX_TIMES_PER_WEEK = 7;

    public enum Kind {
        NONE("No plan"), DAYS("On days of the week"), TIMES("Times a week"), ON_CRAMP("When a cramp starts");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Plan {
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public static Plan none(LocalDate starts) {
        return new Plan(Kind.NONE, Set.of(), 0, starts, null);
    }

    public static Plan onDays(Collection<DayOfWeek> days, LocalDate starts, LocalDate ends) {
        return new Plan(Kind.DAYS, days.isEmpty() ? Set.of() : EnumSet.copyOf(days), 0, starts, ends);
    }

    public static Plan timesAWeek(int times, LocalDate starts, LocalDate ends) {
        return new Plan(Kind.TIMES, Set.of(), times, starts, ends);
    }

    public static Plan whenACrampStarts(LocalDate starts) {
        return new Plan(Kind.ON_CRAMP, Set.of(), 0, starts, null);
    }

    /** The Monday that starts the week of this day. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Whether this plan asks for sessions (chosen days or times a week). */
    public boolean plansSessions() {
        return kind == Kind.DAYS || kind == Kind.TIMES;
    }

    /** "Mon, Wed, Fri", "Every day", "3× a week", "When a cramp starts"; empty for no plan (in English: {@link #words()}). */
    public String label() {
        return kind == Kind.NONE ? "" : words().english();
    }

    /** "Mon, Wed, Fri", "Every day", "3× a week", "When a cramp starts", "No plan": in the reader's language. */
    public Words words() {
        return switch (kind) {
            case NONE, ON_CRAMP -> Words.label(kind);
            case TIMES -> Words.of("plan-words.times", timesPerWeek);
            case DAYS -> days.size() == 7 ? Words.of("plan-words.every-day") : listed(days.stream().sorted().map(Plan::dayWords).toList());
        };
    }

    /** A day of the week, short: "Mon", "lun", "Mo". */
    public static Words dayWords(DayOfWeek day) {
        return Words.of(switch (day) {
            case MONDAY -> "plan-words.day.monday";
            case TUESDAY -> "plan-words.day.tuesday";
            case WEDNESDAY -> "plan-words.day.wednesday";
            case THURSDAY -> "plan-words.day.thursday";
            case FRIDAY -> "plan-words.day.friday";
            case SATURDAY -> "plan-words.day.saturday";
            case SUNDAY -> "plan-words.day.sunday";
        });
    }

    /** "a, b, c" (no "and"): days, muscles. */
    static Words listed(java.util.List<Words> items) {
        if (items.isEmpty()) {
            return Words.of("words.nothing");
        }
        Words joined = items.getFirst();
        for (int i = 1; i < items.size(); i++) {
            joined = Words.of("words.comma", joined, items.get(i));
        }
        return joined;
    }

    /** Whether the plan runs on this day (between its first and last day). */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(starts) && (ends == null || !day.isAfter(ends));
    }

    /** Whether a session is planned on this very day (a chosen day the plan runs on). */
    public boolean plannedOn(LocalDate day) {
        return kind == Kind.DAYS && days.contains(day.getDayOfWeek()) && runsOn(day);
    }

    /**
     * How many sessions the plan asks for in the week starting on this Monday: the chosen days the
     * plan runs on, or the times a week (no more than the days of the week it runs on).
     */
    public int plannedIn(LocalDate monday) {
        return switch (kind) {
            case NONE, ON_CRAMP -> 0;
            case DAYS -> plannedDaysBetween(monday, monday.plusDays(7));
            case TIMES -> Math.min(timesPerWeek, (int) monday.datesUntil(monday.plusDays(7)).filter(this::runsOn).count());
        };
    }

    /**
     * How many of the week's sessions should have been done before this day of the week: the
     * chosen days already past or, for times a week, what no longer fits into the days left.
     */
    public int dueBefore(LocalDate monday, LocalDate day) {
        return switch (kind) {
            case NONE, ON_CRAMP -> 0;
            case DAYS -> plannedDaysBetween(monday, day);
            case TIMES -> Math.max(0, plannedIn(monday)
                    - (int) day.datesUntil(monday.plusDays(7)).filter(this::runsOn).count());
        };
    }

    private int plannedDaysBetween(LocalDate from, LocalDate until) {
        return (int) from.datesUntil(until).filter(this::plannedOn).count();
    }
}
