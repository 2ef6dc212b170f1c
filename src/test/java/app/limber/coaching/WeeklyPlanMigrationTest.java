package app.limber.coaching;

import app.limber.support.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database as it was before issue 16's weekly plan (V31), holding routines given with the old
 * free-text hints, migrated to today: a daily hint becomes a plan for every day, a cramp hint
 * "when a cramp starts", any other hint stays the athlete's note with no plan, and every plan
 * starts on the day the routine was given.
 */
class WeeklyPlanMigrationTest {

    private JdbcTemplate jdbc;
    private String url;

    @BeforeEach
    void aDatabaseBeforeTheWeeklyPlan() {
        String database = "plan_migration_" + System.nanoTime();
        String serverUrl = EmbeddedDatabase.jdbcUrl(EmbeddedDatabase.forTests());
        new JdbcTemplate(new SingleConnectionDataSource(serverUrl, EmbeddedDatabase.USER, "", true))
                .execute("create database " + database);
        url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database;
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, EmbeddedDatabase.USER, "", true));
        flyway("29").migrate(); // the last migration before V31 (V30 is unused)
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, EmbeddedDatabase.USER, "").locations("classpath:db/migration")
                .target(target).load();
    }

    @Test
    void oldHintsBecomePlansWhereTheyWereOneAndStayNotesWhereTheyWereNot() {
        long coach = account("coach@old.test", "COACH");
        long routine = jdbc.queryForObject("insert into routine (owner_id, title) values (?, 'Calves') returning id",
                Long.class, coach);
        long daily = given(coach, account("daily@old.test", "ATHLETE"), routine, " Daily ", "2026-03-10T23:30:00Z");
        long cramp = given(coach, account("cramp@old.test", "ATHLETE"), routine, "When a cramp starts", "2026-03-11T08:00:00Z");
        long beforeRuns = given(coach, account("runs@old.test", "ATHLETE"), routine, "Before runs", "2026-03-12T08:00:00Z");
        long none = given(coach, account("none@old.test", "ATHLETE"), routine, "", "2026-03-13T08:00:00Z");

        flyway("latest").migrate();

        assertThat(plan(daily)).containsEntry("plan_kind", "DAYS").containsEntry("plan_days", 127)
                .containsEntry("schedule_hint", "").containsEntry("plan_starts", java.sql.Date.valueOf("2026-03-10"));
        assertThat(plan(cramp)).containsEntry("plan_kind", "ON_CRAMP").containsEntry("schedule_hint", "");
        assertThat(plan(beforeRuns)).containsEntry("plan_kind", "NONE").containsEntry("plan_days", 0)
                .containsEntry("schedule_hint", "Before runs").containsEntry("plan_starts", java.sql.Date.valueOf("2026-03-12"));
        assertThat(plan(none)).containsEntry("plan_kind", "NONE").containsEntry("schedule_hint", "");
        assertThat(jdbc.queryForObject("select count(*) from user_account where time_zone is not null", Integer.class))
                .as("no one has a time zone until their browser tells it").isZero();
    }

    private long account(String email, String role) {
        return jdbc.queryForObject("""
                insert into user_account (email, display_name, password_hash, role)
                values (?, ?, 'x', ?) returning id""", Long.class, email, email, role);
    }

    private long given(long coach, long athlete, long routine, String hint, String at) {
        return jdbc.queryForObject("""
                insert into assignment (coach_id, athlete_id, routine_id, schedule_hint, assigned_at)
                values (?, ?, ?, ?, cast(? as timestamptz)) returning id""", Long.class, coach, athlete, routine, hint, at);
    }

    private Map<String, Object> plan(long assignment) {
        return jdbc.queryForMap("select plan_kind, plan_days, plan_times, plan_starts, schedule_hint from assignment where id = ?",
                assignment);
    }
}
