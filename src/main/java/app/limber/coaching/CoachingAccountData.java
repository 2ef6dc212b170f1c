package app.limber.coaching;

import app.limber.account.AccountDataFile;
import app.limber.account.AccountDataPart;
import app.limber.account.AccountDeleted;
import app.limber.account.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;

/**
 * The coaching feature's part of a person's account data (docs/account-data.md) and of deleting
 * an account (docs/decisions/0011-account-deletion.md). For a coach: their roster with what they
 * see of each athlete, groups, invites (never their tokens), published versions and every
 * session of their routines. For an athlete: the routines given to them with their plans, and
 * their sessions with feedback and replies. Each file is one SQL statement that builds its JSON.
 */
@Component
class CoachingAccountData implements AccountDataPart {

    private final JdbcClient jdbc;

    CoachingAccountData(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public List<AccountDataFile> filesOf(SignedInUser me) {
        return me.isCoach() ? coachFiles(me.id()) : athleteFiles(me.id());
    }

    private List<AccountDataFile> coachFiles(long coach) {
        return List.of(
                file("coaching/roster.json", """
                        select r.athlete_id as "athleteId", a.display_name as "name", r.joined_at as "joinedAt",
                               r.removed_at as "removedAt",
                               (select coalesce(json_agg(json_build_object('routineId', s.routine_id, 'givenAt', s.assigned_at,
                                        'takenBackAt', s.removed_at, 'note', s.schedule_hint, 'plan', %s) order by s.id), '[]')
                                from assignment s where s.coach_id = r.coach_id and s.athlete_id = r.athlete_id) as "routinesGiven"
                        from roster_entry r join user_account a on a.id = r.athlete_id
                        where r.coach_id = :me order by r.joined_at, r.athlete_id
                        """.formatted(PLAN_JSON), coach),
                file("coaching/groups.json", """
                        select g.id, g.name,
                               (select coalesce(json_agg(m.athlete_id order by m.athlete_id), '[]')
                                from athlete_group_member m where m.group_id = g.id) as "athleteIds"
                        from athlete_group g where g.coach_id = :me order by g.id
                        """, coach),
                file("coaching/invites.json", """
                        select i.label, i.created_at as "createdAt", i.expires_at as "expiresAt", i.revoked_at as "revokedAt",
                               i.used_by as "usedByAthleteId", i.used_at as "usedAt"
                        from invite i where i.coach_id = :me order by i.created_at, i.id
                        """, coach),
                file("coaching/published-versions.json", """
                        select v.routine_id as "routineId", v.number, v.note, v.published_at as "publishedAt", v.content
                        from routine_version v where v.routine_id in (select id from routine where owner_id = :me)
                        order by v.routine_id, v.number
                        """, coach),
                file("coaching/sessions.json", SESSIONS.formatted(
                        "l.coach_id = :me or l.routine_id in (select id from routine where owner_id = :me)"), coach));
    }

    private List<AccountDataFile> athleteFiles(long athlete) {
        return List.of(
                file("coaching/routines-given.json", """
                        select s.routine_id as "routineId", c.display_name as "coach", s.assigned_at as "givenAt",
                               s.removed_at as "takenBackAt", s.schedule_hint as "note", %s as "plan",
                               (select v.content from routine_version v where v.routine_id = s.routine_id
                                order by v.number desc limit 1) as "latestVersion"
                        from assignment s join user_account c on c.id = s.coach_id
                        where s.athlete_id = :me order by s.id
                        """.formatted(PLAN_JSON), athlete),
                file("coaching/plan.json", """
                        select s.routine_id as "routineId",
                               (select v.content ->> 'title' from routine_version v where v.routine_id = s.routine_id
                                order by v.number desc limit 1) as "title", %s as "plan"
                        from assignment s where s.athlete_id = :me and s.removed_at is null order by s.id
                        """.formatted(PLAN_JSON), athlete),
                file("coaching/coaches.json", """
                        select r.coach_id as "coachId", c.display_name as "name", r.joined_at as "joinedAt", r.removed_at as "leftAt"
                        from roster_entry r join user_account c on c.id = r.coach_id
                        where r.athlete_id = :me order by r.joined_at
                        """, athlete),
                file("coaching/sessions.json", SESSIONS.formatted("l.athlete_id = :me"), athlete));
    }

    /** A plan as JSON: its kind, days (MONDAY …), times a week, first and last day. */
    private static final String PLAN_JSON = """
            json_build_object('kind', s.plan_kind,
                'days', (select coalesce(json_agg(d.name order by d.n), '[]') from (values (1, 'MONDAY'), (2, 'TUESDAY'),
                    (3, 'WEDNESDAY'), (4, 'THURSDAY'), (5, 'FRIDAY'), (6, 'SATURDAY'), (7, 'SUNDAY')) as d (n, name)
                    where s.plan_days & (1 << (d.n - 1)) <> 0),
                'timesPerWeek', s.plan_times, 'starts', s.plan_starts, 'ends', s.plan_ends)""";

    private static final String SESSIONS = """
            select l.id, l.athlete_id as "athleteId", l.routine_id as "routineId", l.version,
                   (select v.content ->> 'title' from routine_version v where v.routine_id = l.routine_id and v.number = l.version) as "title",
                   l.finished_at as "finishedAt", l.complete, l.steps_done as "stepsDone", l.steps_total as "stepsTotal",
                   l.steps, l.feeling, l.pain, l.pain_level as "painLevel", l.pain_side as "painSide", l.pain_where as "painWhere",
                   l.note, l.feedback_at as "feedbackAt", l.reply, l.replied_at as "repliedAt", l.reply_read_at as "replyReadAt"
            from session_log l where %s order by l.finished_at, l.id
            """;

    private AccountDataFile file(String path, String rowsSql, long me) {
        return AccountDataFile.ofRows(jdbc, path, rowsSql, me);
    }

    /**
     * Deletes the person's coaching rows. A coach: every session of their routines, the
     * attention marks, routines given, roster, groups, invites and published versions. An
     * athlete: their sessions, attention marks about them, the routines given to them, their
     * places on rosters and in groups, their calendar feed; the coach's invite they joined by
     * stays, no longer saying by whom.
     */
    @EventListener
    @Order(30)
    void delete(AccountDeleted deleted) {
        long id = deleted.accountId();
        String mine = "(coach_id = :id or athlete_id = :id)";
        String routines = "(select r.id from routine r where r.owner_id = :id)";
        jdbc.sql("delete from attention_acknowledgement where " + mine
                + " or session_id in (select l.id from session_log l where l.routine_id in " + routines + ")").param("id", id).update();
        jdbc.sql("delete from session_log where " + mine + " or routine_id in " + routines).param("id", id).update();
        jdbc.sql("delete from assignment where " + mine + " or routine_id in " + routines).param("id", id).update();
        jdbc.sql("delete from roster_entry where " + mine).param("id", id).update();
        jdbc.sql("delete from athlete_group_member where athlete_id = :id").param("id", id).update();
        jdbc.sql("delete from athlete_group where coach_id = :id").param("id", id).update();
        jdbc.sql("delete from invite where coach_id = :id").param("id", id).update();
        jdbc.sql("update invite set used_by = null where used_by = :id").param("id", id).update();
        jdbc.sql("delete from routine_version where routine_id in " + routines).param("id", id).update();
        jdbc.sql("delete from calendar_feed where athlete_id = :id").param("id", id).update();
    }
}
