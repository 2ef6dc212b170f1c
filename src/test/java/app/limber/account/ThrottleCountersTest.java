package app.limber.account;

import app.limber.support.LimberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counters' own transactions against the real database: a bump made inside a caller's
 * transaction changes nothing about how that transaction commits, and goes or stays with it.
 */
class ThrottleCountersTest extends LimberTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    ThrottleCounters counters;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aBumpInsideACallersTransactionLeavesThatTransactionsCommitAsItWas() {
        String during = new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("set local synchronous_commit = on");
            counters.tryAdd("test", "in-a-transaction", 5, MINUTE, clock.instant());
            counters.add("test", "in-a-transaction", MINUTE, clock.instant());
            return jdbc.queryForObject("select current_setting('synchronous_commit')", String.class);
        });
        assertThat(during).as("the caller's commit still waits for the disk").isEqualTo("on");
        assertThat(counters.count("test", "in-a-transaction", MINUTE, clock.instant())).isEqualTo(2);
    }

    @Test
    void aBumpInsideACallersTransactionIsUndoneWithIt() {
        var template = new TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            assertThat(counters.tryAdd("test", "rolled-back", 5, MINUTE, clock.instant())).isTrue();
            status.setRollbackOnly();
        });
        assertThat(counters.count("test", "rolled-back", MINUTE, clock.instant())).isZero();
    }

    @Test
    void aBumpOnItsOwnCountsAndIsKeptAndLeavesTheConnectionAsItWas() {
        for (int hit = 1; hit <= 5; hit++) {
            assertThat(counters.tryAdd("test", "on-its-own", 5, MINUTE, clock.instant())).as("hit " + hit).isTrue();
        }
        assertThat(counters.tryAdd("test", "on-its-own", 5, MINUTE, clock.instant())).as("the sixth").isFalse();
        assertThat(counters.add("test", "on-its-own", MINUTE, clock.instant())).isEqualTo(6);
        assertThat(counters.count("test", "on-its-own", MINUTE, clock.instant())).isEqualTo(6);
        // the setting was the bump's transaction's alone: the pooled connection goes back unchanged
        String session = jdbc.queryForObject("select setting from pg_settings where name = 'synchronous_commit'", String.class);
        String reset = jdbc.queryForObject("select reset_val from pg_settings where name = 'synchronous_commit'", String.class);
        assertThat(session).isEqualTo(reset);
    }
}
