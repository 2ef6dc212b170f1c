package app.limber.sharing;

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
 * The sharing feature's part of a coach's account data (their share links with what they
 * show and how often they were opened and finished, never their tokens) and of deleting a
 * coach's account (the links go, so they stop working at once, with their opens and completions,
 * also for the pages that hold one open on any node).
 */
@Component
class SharingAccountData implements AccountDataPart {

    private final JdbcClient jdbc;
    private final ShareLinkChanges changes;

    SharingAccountData(DataSource dataSource, ShareLinkChanges changes) {
        this.jdbc = JdbcClient.create(dataSource);
        this.changes = changes;
    }

    @Override
    public List<AccountDataFile> filesOf(SignedInUser me) {
        if (!me.isCoach()) {
            return List.of();
        }
        return List.of(AccountDataFile.ofRows(jdbc, "sharing/share-links.json", """
                            select l.routine_id as "routineId", l.label, l.pinned_version as "pinnedVersion",
                                   l.created_at as "createdAt", l.expires_on as "lastDay", l.revoked_at as "revokedAt",
                                   l.opens + (select count(*) from share_link_open o where o.share_link_id = l.id) as "opens",
                                   (select coalesce(json_agg(json_build_object('version', c.version, 'finishedAt', c.finished_at,
                                           'feeling', c.feeling) order by c.finished_at), '[]')
                                    from share_completion c where c.share_link_id = l.id) as "completions"
                            from share_link l where l.coach_id = :me order by l.created_at, l.id
                        """, me.id()));
    }

    @EventListener
    @Order(10)
    void delete(AccountDeleted deleted) {
        if (!deleted.isCoach()) {
            return;
        }
        String links = "(select l.id from share_link l where l.coach_id = :id or l.routine_id in (select r.id from routine r where r.owner_id = :id))";
        jdbc.sql("delete from share_link_open where share_link_id in " + links).param("id", deleted.accountId()).update();
        jdbc.sql("delete from share_completion where share_link_id in " + links).param("id", deleted.accountId()).update();
        jdbc.sql("delete from share_link l where l.coach_id = :id or l.routine_id in (select r.id from routine r where r.owner_id = :id) returning l.id")
                .param("id", deleted.accountId()).query(Long.class).list()
                .forEach(changes::changed); // a page holding one open, on any node, stops at its next action
    }
}
