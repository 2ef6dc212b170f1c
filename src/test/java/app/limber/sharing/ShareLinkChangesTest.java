package app.limber.sharing;

import app.limber.base.Notices;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node's record of changed share links: a pass trusts it for links not changed since it last
 * looked, and looks again for one changed since, or when the record forgot changes as old as it.
 */
class ShareLinkChangesTest extends LimberTest {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private JdbcClient jdbcClient;

    @Autowired
    private ShareLinkRepository links;

    private Notices notices;
    private ShareLinkChanges changes;

    @BeforeEach
    void aNodeThatKeepsFourChanges() {
        notices = new Notices(dataSource, jdbcClient);
        changes = new ShareLinkChanges(notices, links, clock, 4);
        notices.start();
        await().atMost(Duration.ofSeconds(20)).until(notices::listening);
    }

    @AfterEach
    void stop() {
        notices.stop();
    }

    @Test
    void aPassLooksAgainForALinkChangedSinceAndOnceTheRecordForgotChangesAsOldAsIt() {
        ShareLinkChanges.Stamp first = changes.stamp();
        for (long link = 1; link <= 4; link++) {
            changes.changed(link);
        }
        assertThat(changes.unchangedSince(99, first)).as("a link not changed").isTrue();
        assertThat(changes.unchangedSince(2, first)).as("a link changed since").isFalse();

        ShareLinkChanges.Stamp later = changes.stamp();
        assertThat(changes.unchangedSince(2, later)).as("changed before the later look").isTrue();
        changes.changed(5); // a fifth: the oldest are forgotten

        assertThat(changes.unchangedSince(99, first)).as("older than what was forgotten: look again").isFalse();
        assertThat(changes.unchangedSince(99, later)).isTrue();
        changes.changed(2);
        assertThat(changes.unchangedSince(2, later)).as("changed again since the later look").isFalse();
    }
}
