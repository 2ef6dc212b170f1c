package app.limber.coaching.ui;

import app.limber.coaching.CoachHomeService;
import app.limber.routine.RoutineDetails;
import app.limber.support.Fixtures.Person;
import app.limber.support.QueryCounter;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;

import static app.limber.support.Timings.medianMillis;
import static app.limber.support.Timings.p90Millis;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run with {@code ./mvnw test -Pbenchmark -Dtest=CoachHomeBenchmark}): a
 * coach with 200 athletes and 90 days of sessions (about 10,000 logs). Goals (issue 13): the
 * coach home renders in at most 50 ms of server time (median), the athlete page in at most 30 ms.
 * Timed in Karibu: navigating to the view (service reads and building the components).
 */
@Tag("benchmark")
class CoachHomeBenchmark extends UiTest {

    private static final int ATHLETES = 200;
    private static final int DAYS = 90;
    private static final int WARM_UP = 200;
    private static final int MEASURED = 100;

    @Autowired
    CoachHomeService home;

    @Test
    void aCoachWith200AthletesAnd90DaysOfSessions() {
        Person coach = signInAsCoach();
        RoutineDetails routine = given.aPublishedRoutine(coach, 4);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into user_account (email, display_name, password_hash, role)
                select 'athlete' || n || '@example.com', 'Athlete ' || n, '{noop}x', 'ATHLETE' from generate_series(1, ?) n""", ATHLETES);
        jdbc.update("""
                insert into roster_entry (coach_id, athlete_id, joined_at)
                select ?, id, ?::timestamptz - interval '120 days' from user_account where role = 'ATHLETE'""", coach.id(), now);
        jdbc.update("""
                insert into assignment (coach_id, athlete_id, routine_id, assigned_at, seen_version)
                select ?, id, ?, ?::timestamptz - interval '100 days', 1 from user_account where role = 'ATHLETE'""", coach.id(), routine.id(), now);
        // a session on about 55 % of days for each athlete: pain now and then, some hard, some partial
        int logs = jdbc.update("""
                insert into session_log (athlete_id, coach_id, routine_id, version, finished_at, complete, feeling, pain,
                                         pain_level, pain_side, pain_where, note, steps_done, steps_total, steps)
                select a.id, ?, ?, 1, ?::timestamptz - d * interval '1 day' - (a.id % 600) * interval '1 minute',
                       (a.id + d) % 4 <> 0,
                       (array['EASY', 'GOOD', 'HARD'])[1 + (a.id + d) % 3],
                       (a.id * d) % 17 = 0, case when (a.id * d) % 17 = 0 then 2 + (a.id + d) % 7 else 0 end,
                       case when (a.id * d) % 17 = 0 then 'LEFT' end,
                       case when (a.id * d) % 17 = 0 then '{HAMSTRINGS}'::text[] else '{}'::text[] end,
                       'Session note ' || d, case when (a.id + d) % 4 <> 0 then 4 else 3 end, 4,
                       '[{"name":"Step","outcome":"DONE","workSeconds":30,"plannedSeconds":30}]'::jsonb
                from user_account a cross join generate_series(0, ? - 1) d
                where a.role = 'ATHLETE' and (a.id * 7 + d * 3) % 20 < 11""", coach.id(), routine.id(), now, DAYS);
        jdbc.execute("analyze");
        long someone = jdbc.queryForObject("select min(id) from user_account where role = 'ATHLETE'", Long.class);
        signInAs(COACH.email());

        int homeStatements = QueryCounter.count(() -> home.home());
        int pageStatements = QueryCounter.count(() -> home.athlete(someone));
        long[] service = time(() -> home.home());
        System.out.printf("%nBENCHMARK coach home: CoachHomeService.home alone: median %.2f ms, p90 %.2f ms, %d items need attention%n",
                medianMillis(service), p90Millis(service), home.home().attention().size());
        long[] homes = time(() -> UI.getCurrent().navigate(CoachHomeView.class));
        assertThat(_get(CoachHomeView.class).recent.getChildren().count()).isEqualTo(CoachHomeService.RECENT_SIZE);
        long[] pages = time(() -> UI.getCurrent().navigate("athletes/" + someone));
        assertThat(_get(AthleteView.class).timeline.getChildren().count()).isPositive();

        System.out.printf("%nBENCHMARK coach home (%d athletes, %d session logs over %d days): median %.2f ms, p90 %.2f ms, %d SQL statements%n",
                ATHLETES, logs, DAYS, medianMillis(homes), p90Millis(homes), homeStatements);
        System.out.printf("BENCHMARK athlete page (one of them, %d sessions shown): median %.2f ms, p90 %.2f ms, %d SQL statements%n",
                _get(AthleteView.class).timeline.getChildren().count(), medianMillis(pages), p90Millis(pages), pageStatements);
    }

    private static long[] time(Runnable work) {
        long[] took = new long[MEASURED];
        for (int round = -WARM_UP; round < MEASURED; round++) {
            UI.getCurrent().navigate("routines");
            long start = System.nanoTime();
            work.run();
            long elapsed = System.nanoTime() - start;
            if (round >= 0) {
                took[round] = elapsed;
            }
        }
        return took;
    }
}
