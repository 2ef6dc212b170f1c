package app.limber.sharing;

import app.limber.support.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ShareLookupThrottleTest {

    private final TestClock clock = new TestClock();
    private final ShareLookupThrottle throttle =
            new ShareLookupThrottle(new ShareLinkSettings(30, Duration.ofMinutes(1), Duration.ofMinutes(10)), clock);

    @Test
    void thirtyLookUpsAMinutePerAddressThenRefusedUntilTheOldestIsAMinuteOld() {
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
        for (int lookup = 0; lookup < 30; lookup++) {
            assertThat(throttle.tryLookup("2001:db8:1:2:0:0:0:" + Integer.toHexString(lookup + 1))).isTrue();
        }
        assertThat(throttle.tryLookup("2001:db8:1:2:ffff:ffff:ffff:ffff")).as("same /64").isFalse();
        assertThat(throttle.tryLookup("2001:db8:1:3::1")).as("another /64").isTrue();
        assertThat(ShareLookupThrottle.key("2001:db8:1:2::abcd")).isEqualTo(ShareLookupThrottle.key("2001:0db8:0001:0002:ffff::1"));
        assertThat(ShareLookupThrottle.key("203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
