package app.limber.coaching;

import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today, in the athlete's own time zone with the clock controlled: what is due, done and left this
 * week, across a week's end (weeks start on Monday) and across the end of summer time in
 * Europe/Madrid and America/Los_Angeles.
 */
class TodayTest extends LimberTest {

    static final Set<DayOfWeek> MON_WED_FRI = Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    @Autowired
    AssignmentService assignments;

    @Autowired
    SessionService sessions;

    @Autowired
    RoutineService routines;

    private Person casey;
    private Person ana;
    private RoutineDetails routine;

    @BeforeEach
    void aCoachWithAnAthleteAndAPublishedRoutine() {
        casey = given.aCoach();
        ana = given.anAthleteOf(casey, Fixtures.ANA);
        routine = given.aPublishedRoutine(casey, 2);
    }

    @Test
    void aPlannedDayIsDueDoneOnceCompletedAndTheOtherDaysAreLaterThisWeek() {
        given.livesIn(ana, "Europe/Madrid");
        given.give(casey, routine, Plan.onDays(MON_WED_FRI, LocalDate.of(2026, 11, 23), null), ana);

        // Tuesday 24 November: not a planned day
        Today.Entry tuesday = today().planned().getFirst();
        assertThat(tuesday.state()).isEqualTo(Today.State.LATER);
        assertThat(tuesday.next()).isEqualTo("Wednesday");
        assertThat(tuesday.progress()).isEqualTo("0 of 3 this week");

        at("2026-11-25T08:00", "Europe/Madrid");
        assertThat(today().planned().getFirst().state()).isEqualTo(Today.State.DUE);
        complete();
        Today wednesday = today();
        assertThat(wednesday.planned().getFirst().state()).isEqualTo(Today.State.DONE);
        assertThat(wednesday.weekProgress()).isEqualTo("1 of 3 this week");
        assertThat(wednesday.date()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void theWeekEndsAtMidnightBetweenSundayAndMondayInTheAthletesZoneNotInUtc() {
        given.livesIn(ana, "Europe/Madrid");
        given.give(casey, routine, Plan.timesAWeek(2, LocalDate.of(2026, 11, 23), null), ana);

        at("2026-11-29T23:30", "Europe/Madrid"); // Sunday evening in Madrid, 22:30 in UTC
        complete();
        assertThat(today().planned().getFirst().progress()).isEqualTo("1 of 2 this week");

        at("2026-11-30T00:30", "Europe/Madrid"); // Monday in Madrid, still Sunday 23:30 in UTC
        Today monday = today();
        assertThat(monday.date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(monday.planned().getFirst().progress()).as("a new week").isEqualTo("0 of 2 this week");
        assertThat(monday.planned().getFirst().state()).isEqualTo(Today.State.DUE);
    }

    @Test
    void theWeekSummerTimeEndsInMadridStillEndsAtItsLocalMidnight() {
        given.livesIn(ana, "Europe/Madrid");
        given.give(casey, routine, Plan.timesAWeek(3, LocalDate.of(2026, 10, 1), null), ana);

        // Sunday 25 October 2026: clocks go back at 03:00, the week is 169 hours long
        at("2026-10-25T23:40", "Europe/Madrid");
        complete();
        assertThat(today().planned().getFirst().progress()).isEqualTo("1 of 3 this week");
        assertThat(today().planned().getFirst().routine().doneToday()).isTrue();

        at("2026-10-26T00:10", "Europe/Madrid");
        assertThat(today().planned().getFirst().progress()).isEqualTo("0 of 3 this week");
        assertThat(today().planned().getFirst().routine().doneToday()).isFalse();
    }

    @Test
    void theWeekSummerTimeEndsInLosAngelesStillEndsAtItsLocalMidnight() {
        given.livesIn(ana, "America/Los_Angeles");
        given.give(casey, routine, Plan.onDays(Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), LocalDate.of(2026, 10, 1), null), ana);

        // Sunday 1 November 2026: clocks go back at 02:00; a week counted as 7 × 24 hours from
        // Monday 00:00 PDT would end at 23:00 PST on Sunday
        at("2026-11-01T23:30", "America/Los_Angeles");
        assertThat(today().planned().getFirst().state()).isEqualTo(Today.State.DUE);
        complete();
        Today sunday = today();
        assertThat(sunday.planned().getFirst().state()).isEqualTo(Today.State.DONE);
        assertThat(sunday.planned().getFirst().progress()).isEqualTo("1 of 2 this week");

        at("2026-11-02T00:15", "America/Los_Angeles");
        Today monday = today();
        assertThat(monday.date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(monday.planned().getFirst().progress()).isEqualTo("0 of 2 this week");
        assertThat(monday.planned().getFirst().state()).isEqualTo(Today.State.DUE);
    }

    @Test
    void crampRoutinesAreOnHandNeverDueAndRoutinesWithoutAPlanAreNotInToday() {
        RoutineDetails cramp = given.published(casey, given.as(casey.email(), () -> routines.createFromTemplate("night-cramp-relief")));
        RoutineDetails loose = given.aPublishedRoutine(casey, 1);
        given.give(casey, cramp, Plan.whenACrampStarts(LocalDate.of(2026, 11, 24)), ana);
        given.give(casey, loose, ana);
        given.give(casey, routine, Plan.onDays(Set.of(DayOfWeek.TUESDAY), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24)), ana);

        Today today = today();
        assertThat(today.onHand()).extracting(AssignedRoutine::routineId).containsExactly(cramp.id());
        assertThat(today.planned()).extracting(entry -> entry.routine().routineId()).containsExactly(routine.id());
        assertThat(today.planned().getFirst().state()).isEqualTo(Today.State.DUE);

        at("2026-12-01T10:00", "UTC"); // the next Tuesday, after the plan's last day
        assertThat(today().planned()).as("the plan has ended").isEmpty();
        assertThat(today().onHand()).hasSize(1);
    }

    private Today today() {
        return given.as(ana.email(), () -> assignments.myHome().today());
    }

    private void complete() {
        given.as(ana.email(), () -> sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), "")));
    }

    private void at(String localTime, String zone) {
        Instant instant = LocalDateTime.parse(localTime).atZone(ZoneId.of(zone)).toInstant();
        clock.setInstant(instant);
    }
}
