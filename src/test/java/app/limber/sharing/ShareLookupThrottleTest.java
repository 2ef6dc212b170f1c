package app.limber.sharing;

import app.limber.account.ThrottleCounters;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The look-up limit in the real database; two throttles over one database are two nodes (or a restart). */
class ShareLookupThrottleTest extends LimberTest {

    private static final ShareLinkSettings SETTINGS = new ShareLinkSettings(30, Duration.ofMinutes(1), Duration.ofMinutes(10));

    @Autowired
    ThrottleCounters counters;

    private ShareLookupThrottle node() {
        return new ShareLookupThrottle(SETTINGS, counters, clock);
    }

    @Test
    void thirtyLookUpsAMinutePerAddressThenRefusedUntilTheOldestIsAMinuteOld() {
        ShareLookupThrottle throttle = node();
        for (int lookup = 1; lookup <= 30; lookup++) {
            assertThat(throttle.tryLookup("203.0.113.7")).as("look-up " + lookup).isTrue();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(throttle.tryLookup("203.0.113.7")).as("the 31st within a minute").isFalse();
        assertThat(throttle.tryLookup("203.0.113.8")).as("another address").isTrue();

        clock.advance(Duration.ofSeconds(30)); // the first look-up is now a minute old
        assertThat(throttle.tryLookup("203.0.113.7")).isTrue();
        assertThat(throttle.tryLookup("203.0.113.7")).as("only one had expired").isFalse();
    }

    @Test
    void refusedLookUpsDoNotExtendTheWait() {
        ShareLookupThrottle throttle = node();
        for (int lookup = 0; lookup < 30; lookup++) {
            throttle.tryLookup("203.0.113.7");
        }
        for (int refused = 0; refused < 100; refused++) {
            assertThat(throttle.tryLookup("203.0.113.7")).isFalse();
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.tryLookup("203.0.113.7")).isTrue();
    }

    @Test
    void anIpv6NetworkOf64BitsCountsAsOneAddress() {
        ShareLookupThrottle throttle = node();
        for (int lookup = 0; lookup < 30; lookup++) {
            assertThat(throttle.tryLookup("2001:db8:1:2:0:0:0:" + Integer.toHexString(lookup + 1))).isTrue();
        }
        assertThat(throttle.tryLookup("2001:db8:1:2:ffff:ffff:ffff:ffff")).as("same /64").isFalse();
        assertThat(throttle.tryLookup("2001:db8:1:3::1")).as("another /64").isTrue();
        assertThat(ShareLookupThrottle.key("2001:db8:1:2::abcd")).isEqualTo(ShareLookupThrottle.key("2001:0db8:0001:0002:ffff::1"));
        assertThat(ShareLookupThrottle.key("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void lookUpsOnTwoNodesCountTogetherAndThroughARestart() {
        ShareLookupThrottle first = node();
        ShareLookupThrottle second = node();
        for (int lookup = 1; lookup <= 30; lookup++) {
            assertThat((lookup % 2 == 0 ? second : first).tryLookup("203.0.113.7")).as("look-up " + lookup).isTrue();
        }
        assertThat(first.tryLookup("203.0.113.7")).isFalse();
        assertThat(second.tryLookup("203.0.113.7")).isFalse();
        assertThat(node().tryLookup("203.0.113.7")).as("after a restart").isFalse();
    }

    @Test
    void parallelLookUpsGetExactlyTheLimit() throws Exception {
        ShareLookupThrottle first = node();
        ShareLookupThrottle second = node();
        var go = new CountDownLatch(1);
        List<Future<Boolean>> lookups = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(16)) {
            for (int lookup = 0; lookup < 100; lookup++) {
                ShareLookupThrottle node = lookup % 2 == 0 ? first : second;
                lookups.add(executor.submit(() -> {
                    go.await();
                    return node.tryLookup("203.0.113.7");
                }));
            }
            go.countDown();
            long allowed = 0;
            for (Future<Boolean> lookup : lookups) {
                if (lookup.get()) {
                    allowed++;
                }
            }
            assertThat(allowed).isEqualTo(30);
        }
    }

    @Test
    void expiredCountersAreDeletedByTheCleanUp() {
        ShareLookupThrottle throttle = node();
        throttle.tryLookup("203.0.113.7");
        assertThat(jdbc.queryForObject("select count(*) from throttle_counter", Integer.class)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(59));
        counters.deleteExpired();
        assertThat(jdbc.queryForObject("select count(*) from throttle_counter", Integer.class)).as("still counting").isEqualTo(1);

        clock.advance(Duration.ofSeconds(3));
        counters.deleteExpired();
        assertThat(jdbc.queryForObject("select count(*) from throttle_counter", Integer.class)).isZero();
    }
}
