package app.limber.coaching;

import app.limber.body.Muscle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads behind the coach home and the athlete page, each one SQL statement however many
 * athletes and sessions there are. Plain SQL where JPA would need several: a session with the
 * title of the version played, a routine given with its latest version and when it was last done.
 * Nothing here checks who is asking; {@link CoachHomeService} does, and passes the coach's id.
 */
@Component
class SessionLogQueries {

    /** A session log as read for coaches; the steps stay JSON until someone shows them. */
    record Row(long id, long athleteId, long routineId, int version, String title, Instant finishedAt, boolean complete,
               int stepsDone, int stepsTotal, Feeling feeling, boolean pain, Integer painLevel, PainSide painSide,
               List<Muscle> painWhere, String note, String stepsJson, String reply, Instant repliedAt) {

        SessionSummary summary(String athlete) {
            return new SessionSummary(id, athleteId, athlete, routineId, title, version, finishedAt, complete, stepsDone,
                    stepsTotal, feeling, pain, painLevel, painSide, painWhere, note, StepResults.read(stepsJson), reply, repliedAt);
        }

        /** Pain as a physio reads it: the level, or for sessions from before the scale, "some". */
        boolean painAtLeast(int level) {
            return painLevel != null ? painLevel >= level : pain;
        }
    }

    record Acknowledgement(long athleteId, AttentionItem.Reason reason, Instant since, Long sessionId, Instant at) {
    }

    /**
     * The logs chosen by {@code where} (a condition on {@code l}), newest first, each with the title
     * of its version. The titles are read once per version, not once per log: the version's JSON
     * is the whole routine, and reading it for every log of the same version was most of the time.
     */
    private static String sessions(String where, String limit) {
        return """
                with logs as materialized (
                    select l.id, l.athlete_id, l.routine_id, l.version, l.finished_at, l.complete, l.steps_done, l.steps_total,
                           l.feeling, l.pain, l.pain_level, l.pain_side, array_to_string(l.pain_where, ',') as pain_where, l.note, l.steps::text as steps,
                           l.reply, l.replied_at
                    from session_log l where %s order by l.finished_at desc %s),
                titles as materialized (
                    select v.routine_id, v.number, v.content ->> 'title' as title from routine_version v
                    where (v.routine_id, v.number) in (select distinct routine_id, version from logs))
                select logs.*, titles.title from logs
                left join titles on titles.routine_id = logs.routine_id and titles.number = logs.version
                order by logs.finished_at desc""".formatted(where, limit);
    }

    private final JdbcClient jdbc;

    SessionLogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The coach's athletes' sessions since a moment, newest first. */
    List<Row> coachSessionsSince(long coachId, Instant since) {
        return jdbc.sql(sessions("l.coach_id = :coach and l.finished_at > :since", ""))
                .param("coach", coachId).param("since", Timestamp.from(since))
                .query((rs, number) -> row(rs)).list();
    }

    /** One athlete's newest sessions with this coach. */
    List<Row> athleteSessions(long coachId, long athleteId, int limit) {
        return jdbc.sql(sessions("l.athlete_id = :athlete and l.coach_id = :coach", "limit :limit"))
                .param("coach", coachId).param("athlete", athleteId).param("limit", limit)
                .query((rs, number) -> row(rs)).list();
    }

    /** When an athlete last completed a routine, and how often since a Monday and a day began. */
    record Done(Instant last, int since, boolean sinceDay) {
    }

    /**
     * For each of these routines the athlete completed: the last time, how many times since the
     * start of their week, and whether since the start of their day (one statement however many).
     */
    Map<Long, Done> done(long athleteId, Collection<Long> routineIds, Instant weekStart, Instant dayStart) {
        Map<Long, Done> done = new HashMap<>();
        jdbc.sql("""
                        select routine_id, max(finished_at) as last, count(*) filter (where finished_at >= :week) as week,
                               coalesce(bool_or(finished_at >= :day), false) as today
                        from session_log where athlete_id = :athlete and complete and routine_id in (:routines)
                        group by routine_id""")
                .param("athlete", athleteId).param("routines", routineIds)
                .param("week", Timestamp.from(weekStart)).param("day", Timestamp.from(dayStart))
                .query(rs -> {
                    done.put(rs.getLong("routine_id"), new Done(rs.getTimestamp("last").toInstant(), rs.getInt("week"),
                            rs.getBoolean("today")));
                });
        return done;
    }

    /** When each of these athletes last did a session with the coach (those who never did are left out). */
    Map<Long, Instant> lastSessions(long coachId, Collection<Long> athleteIds) {
        Map<Long, Instant> last = new HashMap<>();
        jdbc.sql("""
                        select athlete_id, max(finished_at) as last from session_log
                        where coach_id = :coach and athlete_id in (:athletes) group by athlete_id""")
                .param("coach", coachId).param("athletes", athleteIds)
                .query(rs -> {
                    last.put(rs.getLong("athlete_id"), rs.getTimestamp("last").toInstant());
                });
        return last;
    }

    /**
     * The routines the coach has given this athlete now, oldest first, each with its latest
     * version and when the athlete last played it through.
     */
    List<GivenRoutine> given(long coachId, long athleteId) {
        return jdbc.sql("""
                        select a.routine_id, a.schedule_hint, a.assigned_at, a.plan_kind, a.plan_days, a.plan_times, a.plan_starts,
                               a.plan_ends, latest.number, latest.content ->> 'title' as title,
                               (select max(l.finished_at) from session_log l
                                where l.athlete_id = a.athlete_id and l.routine_id = a.routine_id and l.complete) as last_done
                        from assignment a
                        left join lateral (select v.number, v.content from routine_version v where v.routine_id = a.routine_id
                                           order by v.number desc limit 1) latest on true
                        where a.coach_id = :coach and a.athlete_id = :athlete and a.removed_at is null
                        order by a.assigned_at, a.id""")
                .param("coach", coachId).param("athlete", athleteId)
                .query((rs, number) -> new GivenRoutine(rs.getLong("routine_id"),
                        rs.getString("title") == null ? app.limber.base.Words.of("fallback.a-routine").shown() : rs.getString("title"), rs.getInt("number"),
                        rs.getString("schedule_hint"), instant(rs, "assigned_at"), instant(rs, "last_done"), plan(rs)))
                .list();
    }

    /** The plan of an assignment row (its {@code plan_…} columns). */
    private static Plan plan(ResultSet rs) throws SQLException {
        var ends = rs.getObject("plan_ends", java.time.LocalDate.class);
        return new Plan(Plan.Kind.valueOf(rs.getString("plan_kind")), Assignment.days(rs.getInt("plan_days")),
                rs.getInt("plan_times"), rs.getObject("plan_starts", java.time.LocalDate.class), ends);
    }

    /** A routine the coach has given an athlete now, with when and on what plan. */
    record GivenPlan(long athleteId, long routineId, Instant givenAt, Plan plan) {
    }

    /** The routines the coach has given now, to every athlete, each with its plan (one statement). */
    List<GivenPlan> givenPlans(long coachId, Long routineId) {
        return jdbc.sql("""
                        select athlete_id, routine_id, assigned_at, plan_kind, plan_days, plan_times, plan_starts, plan_ends
                        from assignment where coach_id = :coach and removed_at is null
                        and (cast(:routine as bigint) is null or routine_id = :routine)""")
                .param("coach", coachId).param("routine", routineId)
                .query((rs, number) -> new GivenPlan(rs.getLong("athlete_id"), rs.getLong("routine_id"),
                        instant(rs, "assigned_at"), plan(rs)))
                .list();
    }

    /** How many routines each athlete has now, and when the earliest of them was given. */
    static Map<Long, Given> givenCounts(List<GivenPlan> given) {
        Map<Long, Given> counts = new HashMap<>();
        for (GivenPlan routine : given) {
            counts.merge(routine.athleteId(), new Given(1, routine.givenAt()),
                    (one, other) -> new Given(one.routines() + other.routines(),
                            one.first().isBefore(other.first()) ? one.first() : other.first()));
        }
        return counts;
    }

    record Given(int routines, Instant first) {
    }

    /** The names of the coach's groups the athlete is in, by name. */
    List<String> groupsOf(long coachId, long athleteId) {
        return jdbc.sql("""
                        select g.name from athlete_group g join athlete_group_member m on m.group_id = g.id
                        where g.coach_id = :coach and m.athlete_id = :athlete order by lower(g.name)""")
                .param("coach", coachId).param("athlete", athleteId)
                .query(String.class).list();
    }

    /** The coach's acknowledged items, for one athlete or (athleteId null) all of them. */
    List<Acknowledgement> acknowledgements(long coachId, Long athleteId) {
        return jdbc.sql("""
                        select athlete_id, reason, since, session_id, acknowledged_at from attention_acknowledgement
                        where coach_id = :coach and (cast(:athlete as bigint) is null or athlete_id = :athlete)
                        order by acknowledged_at desc""")
                .param("coach", coachId).param("athlete", athleteId)
                .query((rs, number) -> new Acknowledgement(rs.getLong("athlete_id"),
                        AttentionItem.Reason.valueOf(rs.getString("reason")), instant(rs, "since"),
                        (Long) rs.getObject("session_id"), instant(rs, "acknowledged_at")))
                .list();
    }

    /** Stores an acknowledgement; a second one of the same item (a double click) changes nothing. */
    void acknowledge(long coachId, long athleteId, AttentionItem.Reason reason, Instant since, Long sessionId, Instant at) {
        jdbc.sql("""
                        insert into attention_acknowledgement (coach_id, athlete_id, reason, since, session_id, acknowledged_at)
                        values (:coach, :athlete, :reason, :since, :session, :at)
                        on conflict (coach_id, athlete_id, reason, since) do nothing""")
                .param("coach", coachId).param("athlete", athleteId).param("reason", reason.name())
                .param("since", Timestamp.from(since)).param("session", sessionId).param("at", Timestamp.from(at))
                .update();
    }

    private static Row row(ResultSet rs) throws SQLException {
        String feeling = rs.getString("feeling");
        String side = rs.getString("pain_side");
        String where = rs.getString("pain_where");
        List<Muscle> muscles = where == null || where.isEmpty() ? List.of()
                : Arrays.stream(where.split(",")).map(Muscle::valueOf).toList();
        String title = rs.getString("title");
        return new Row(rs.getLong("id"), rs.getLong("athlete_id"), rs.getLong("routine_id"), rs.getInt("version"),
                title == null ? app.limber.base.Words.of("fallback.a-routine").shown() : title, instant(rs, "finished_at"), rs.getBoolean("complete"),
                rs.getInt("steps_done"), rs.getInt("steps_total"), feeling == null ? null : Feeling.valueOf(feeling),
                rs.getBoolean("pain"), (Integer) rs.getObject("pain_level"), side == null ? null : PainSide.valueOf(side),
                muscles, rs.getString("note"), rs.getString("steps"), rs.getString("reply"), instant(rs, "replied_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
