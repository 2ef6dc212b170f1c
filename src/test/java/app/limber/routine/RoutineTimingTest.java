package app.limber.routine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutineTimingTest {

    @Test
    void aStepIsItsRepsPlusRestAndATransition() {
        assertThat(RoutineTiming.stepSeconds(new StepDose(30, 1, Sides.BOTH_AT_ONCE, null, 0, ""))).isEqualTo(40);
        assertThat(RoutineTiming.stepSeconds(new StepDose(30, 2, Sides.EACH_SIDE, null, 15, ""))).isEqualTo(10 + (30 + 5 + 30) + 5 + (30 + 5 + 30) + 15);
        assertThat(RoutineTiming.stepSeconds(new StepDose(30, 1, Sides.LEFT_ONLY, null, 0, ""))).isEqualTo(40);
    }

    @Test
    void aDrillWithoutAHoldStillTakesTime() {
        // 10 swings on the left (3 s each), switch, 10 on the right, plus the transition
        assertThat(RoutineTiming.stepSeconds(new StepDose(0, 10, Sides.EACH_SIDE, null, 0, ""))).isEqualTo(10 + 30 + 5 + 30);
        assertThat(RoutineTiming.stepSeconds(new StepDose(0, 20, Sides.BOTH_AT_ONCE, null, 0, ""))).isEqualTo(70);
    }
}
