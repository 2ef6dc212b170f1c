package app.limber.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTest {

    @Test
    void routineLengthsAreRoundedAndMuscleTimesExact() {
        assertThat(Durations.approximately(45)).isEqualTo("45 s");
        assertThat(Durations.approximately(89)).isEqualTo("about 1 min");
        assertThat(Durations.approximately(91)).isEqualTo("about 2 min");
        assertThat(Durations.exactly(45)).isEqualTo("45 s");
        assertThat(Durations.exactly(120)).isEqualTo("2 min");
        assertThat(Durations.exactly(150)).isEqualTo("2 min 30 s");
    }
}
