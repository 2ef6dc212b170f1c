package app.limber.coaching;

import app.limber.support.LimberTest;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach's "last 30 days" query (adherence on the Athletes page and a routine's versions
 * page, {@link SessionLogRepository#findByCoachIdAndFinishedAtAfterOrderByFinishedAtDesc})
 * reads only that coach's recent sessions through an index whose range both conditions bound,
 * not every index entry of the coach's whole history. PostgreSQL's planner decides from the table's size, so
 * the table gets a realistic amount first: 100 coaches with 10 athletes each, two years of
 * sessions (100,000 rows).
 */
class SessionLogIndexTest extends LimberTest {

    @Test
    void aCoachsLast30DaysAreReadThroughTheCoachAndTimeIndex() {
        jdbc.execute("""
                insert into user_account (id, email, display_name, password_hash, role)
                select n, 'person' || n || '@example.com', 'Person ' || n, '{noop}x', case when n <= 100 then 'COACH' else 'ATHLETE' end
                from generate_series(1, 1100) n;
                insert into routine (id, owner_id, title) select n, n, 'Routine ' || n from generate_series(1, 100) n;
                insert into session_log (athlete_id, coach_id, routine_id, version, finished_at, complete)
                select 101 + n % 1000, 1 + n % 100, 1 + n % 100, 1, now() - (n % 730) * interval '1 day' - (n % 97) * interval '1 minute', n % 5 <> 0
                from generate_series(1, 100000) n;
                analyze session_log;
                """);

        List<String> plan = jdbc.queryForList("""
                explain select * from session_log where coach_id = ? and finished_at > ? order by finished_at desc""",
                String.class, 42L, Timestamp.from(Instant.now().minus(Duration.ofDays(30))));
        // the index that leads with (coach_id, finished_at): both conditions bound its range
        assertThat(String.join("\n", plan))
                .containsPattern("Index Scan (using|on) session_log_coach_finished_idx")
                .contains("Index Cond: ((coach_id = '42'::bigint) AND (finished_at >")
                .doesNotContain("Seq Scan");
    }
}
