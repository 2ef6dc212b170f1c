package app.limber.routine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutineTimingTest {

    @Test
    void aStepIsItsRepsPlusRestAndATransition() {
        assertThat(RoutineTiming.stepSeconds(new StepDose(30, 1, Sides.BOTH_AT_ONCE, null, 0, ""))).isEqualTo(40);
        assertThat(RoutineTiming.stepSeconds(new StepDose(30, 2, Sides.EACH_SIDE, null, 15, ""))).isEqualTo((30 + 30 + 5) * 2 + 15 + 10);
        assertThat(RoutineTiming.stepSeconds(new StepDose(30, 1, Sides.LEFT_ONLY, null, 0, ""))).isEqualTo(40);
    }

    @Test
    void aDrillWithoutAHoldStillTakesTime() {
        // 10 swings each side: (3 + 3 + 5 switch) x 10 + 10 transition
        assertThat(RoutineTiming.stepSeconds(new StepDose(0, 10, Sides.EACH_SIDE, null, 0, ""))).isEqualTo(120);
        assertThat(RoutineTiming.stepSeconds(new StepDose(0, 20, Sides.BOTH_AT_ONCE, null, 0, ""))).isEqualTo(70);
    }
}
