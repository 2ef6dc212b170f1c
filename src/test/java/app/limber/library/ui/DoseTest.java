package app.limber.library.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DoseTest {

    @Test
    void saysTheDoseInTheCoachsWords() {
        assertThat(Dose.of(30, 1, false)).isEqualTo("Hold 30 s · 1 rep");
        assertThat(Dose.of(20, 2, true)).isEqualTo("Hold 20 s · 2 reps · Each side");
        assertThat(Dose.of(0, 10, true)).isEqualTo("No hold · 10 reps · Each side");
        assertThat(Dose.of(300, 1, false)).isEqualTo("Hold 5 min · 1 rep");
        assertThat(Dose.of(90, 1, false)).isEqualTo("Hold 1 min 30 s · 1 rep");
    }
}
