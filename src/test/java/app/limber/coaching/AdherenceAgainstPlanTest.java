package app.limber.coaching;

import app.limber.coaching.AttentionItem.Reason;
import app.limber.routine.RoutineDetails;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adherence against the plan, for the coach (home, athlete page, Athletes list): sessions done
 * against planned in the athlete's week, in the athlete's time zone, and "behind plan" under Needs
 * attention in place of the quiet-week rule; athletes with no plan are measured as before.
 */
class AdherenceAgainstPlanTest extends LimberTest {

    @Autowired
    CoachHomeService home;

    @Autowired
    SessionService sessions;

    private Person casey;
    private Person ana;
    private RoutineDetails routine;

    @BeforeEach
    void anAthleteInLosAngelesOnMondaysWednesdaysAndFridays() {
        casey = given.aCoach();
        ana = given.anAthleteOf(casey, Fixtures.ANA);
        routine = given.aPublishedRoutine(casey, 2);
        given.livesIn(ana, "America/Los_Angeles");
        // START is Tuesday 24 November 2026, 02:00 in Los Angeles: Monday has passed
        given.give(casey, routine, Plan.onDays(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                LocalDate.of(2026, 11, 23), null), ana);
    }

    @Test
    void theCoachSeesSessionsDoneAgainstPlannedAndBehindPlanInsteadOfAQuietWeek() {
        authenticateAs(casey.email());
        WeekProgress week = ofAna(home.home().week());
        assertThat(week.label()).isEqualTo("0 of 3 this week");
        assertThat(week.behind()).as("Monday passed without a session").isTrue();
        assertThat(home.home().attention()).extracting(AttentionItem::reason).containsExactly(Reason.BEHIND_PLAN);
        assertThat(home.home().attention().getFirst().why().key()).isEqualTo("attention.behind");
        assertThat(home.home().attention().getFirst().why().english()).isEqualTo("Behind plan: 0 of 3 this week, with 1 due by now.");
        assertThat(home.athlete(ana.id()).plan()).isEqualTo(week);
        assertThat(sessions.adherence()).singleElement().extracting(Adherence::plan).isEqualTo(week);

        complete();
        authenticateAs(casey.email());
        assertThat(ofAna(home.home().week())).isEqualTo(new WeekProgress(1, 3, 1));
        assertThat(home.home().attention()).isEmpty();
    }

    @Test
    void theWeekTurnsAtMidnightInTheAthletesZoneAndAnAcknowledgedWeekStaysAcknowledged() {
        complete();
        // Sunday 29 November, 23:30 in Los Angeles (Monday 07:30 in UTC): Wednesday and Friday were missed
        clock.setInstant(Instant.parse("2026-11-30T07:30:00Z"));
        authenticateAs(casey.email());
        assertThat(ofAna(home.home().week())).isEqualTo(new WeekProgress(1, 3, 3));
        AttentionItem behind = home.home().attention().getFirst();
        assertThat(behind.reason()).isEqualTo(Reason.BEHIND_PLAN);
        assertThat(behind.since()).as("the Monday that began the week, in Los Angeles").isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        home.acknowledge(behind);
        assertThat(home.home().attention()).isEmpty();
        assertThat(home.athlete(ana.id()).acknowledged()).extracting(AttentionItem::reason).containsExactly(Reason.BEHIND_PLAN);

        // Monday 30 November, 00:30 in Los Angeles: a new week, nothing due yet
        clock.setInstant(Instant.parse("2026-11-30T08:30:00Z"));
        assertThat(ofAna(home.home().week())).isEqualTo(new WeekProgress(0, 3, 0));
        assertThat(home.home().attention()).isEmpty();
    }

    @Test
    void aQuietWeekWithAPlanIsBehindPlanNotInactive() {
        clock.setInstant(Instant.parse("2026-12-03T20:00:00Z")); // Thursday noon in Los Angeles, nine days after
        authenticateAs(casey.email());
        assertThat(home.home().attention()).extracting(AttentionItem::reason).containsExactly(Reason.BEHIND_PLAN);
        assertThat(ofAna(home.home().week())).isEqualTo(new WeekProgress(0, 3, 2));
    }

    @Test
    void anAthleteWithOnlyACrampRoutineHasNoPlanAndNoQuietWeek() {
        Person ben = given.anAthleteOf(casey, Fixtures.BEN);
        given.give(casey, routine, Plan.whenACrampStarts(LocalDate.of(2026, 11, 24)), ben);
        clock.advance(java.time.Duration.ofDays(10));
        authenticateAs(casey.email());
        CoachHome seen = home.home();
        assertThat(seen.week()).filteredOn(week -> week.athleteId() == ben.id()).singleElement()
                .extracting(AthleteWeek::plan).isNull();
        assertThat(seen.attention()).filteredOn(item -> item.athleteId() == ben.id()).isEmpty();
    }

    private WeekProgress ofAna(java.util.List<AthleteWeek> week) {
        return week.stream().filter(athlete -> athlete.athleteId() == ana.id()).findFirst().orElseThrow().plan();
    }

    private void complete() {
        given.as(ana.email(), () -> sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), "")));
    }
}
