package app.limber.account.ui;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WaitTimeTest {

    @Test
    void saysTheWaitTheWayPeopleDo() {
        assertThat(WaitTime.of(Duration.ofSeconds(30))).isEqualTo("30 seconds");
        assertThat(WaitTime.of(Duration.ofSeconds(90))).isEqualTo("90 seconds");
        assertThat(WaitTime.of(Duration.ofMinutes(1))).isEqualTo("a minute");
        assertThat(WaitTime.of(Duration.ofMinutes(15))).isEqualTo("15 minutes");
        assertThat(WaitTime.of(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(WaitTime.of(Duration.ofHours(1))).isEqualTo("an hour");
        assertThat(WaitTime.of(Duration.ofHours(24))).isEqualTo("24 hours");
    }
}
