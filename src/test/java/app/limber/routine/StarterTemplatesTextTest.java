package app.limber.routine;

import app.limber.support.StatedAmounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A starter routine's words leave the amounts to its steps' doses, which the coach may change. */
class StarterTemplatesTextTest {

    @Test
    void noStarterRoutineDescriptionStatesAnAmount() {
        assertThat(new StarterTemplates().all()).allSatisfy(template -> assertThat(StatedAmounts.in(template.description()))
                .as(template.slug() + ": " + template.description()).isEmpty());
    }
}
