package app.limber.routine;

import app.limber.routine.StepPhase.Kind;
import app.limber.routine.StepPhase.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepTimelineTest {

    @Test
    void eachSideHoldsLeftSwitchesThenHoldsRightWithItsOwnHoldAndSwitchesBackBetweenReps() {
        assertThat(StepTimeline.of(new StepDose(30, 2, Sides.EACH_SIDE, 45, 15, ""))).containsExactly(
                new StepPhase(Kind.HOLD, 30, 1, 2, Side.LEFT),
                new StepPhase(Kind.SWITCH, 5, 0, 2, null),
                new StepPhase(Kind.HOLD, 45, 1, 2, Side.RIGHT),
                new StepPhase(Kind.SWITCH, 5, 0, 2, null),
                new StepPhase(Kind.HOLD, 30, 2, 2, Side.LEFT),
                new StepPhase(Kind.SWITCH, 5, 0, 2, null),
                new StepPhase(Kind.HOLD, 45, 2, 2, Side.RIGHT),
                new StepPhase(Kind.REST, 15, 0, 2, null));
    }

    @Test
    void bothAtOnceRepeatsTheHoldWithoutSwitchingAndOneSideStaysOnItsSide() {
        assertThat(StepTimeline.of(new StepDose(20, 3, Sides.BOTH_AT_ONCE, null, 0, ""))).containsExactly(
                new StepPhase(Kind.HOLD, 20, 1, 3, null),
                new StepPhase(Kind.HOLD, 20, 2, 3, null),
                new StepPhase(Kind.HOLD, 20, 3, 3, null));
        assertThat(StepTimeline.of(new StepDose(40, 1, Sides.RIGHT_ONLY, null, 10, ""))).containsExactly(
                new StepPhase(Kind.HOLD, 40, 1, 1, Side.RIGHT),
                new StepPhase(Kind.REST, 10, 0, 1, null));
    }

    @Test
    void aDrillWithoutAHoldIsOneBlockOfRepsPerSide() {
        assertThat(StepTimeline.of(new StepDose(0, 10, Sides.EACH_SIDE, null, 0, ""))).containsExactly(
                new StepPhase(Kind.REPS, 30, 10, 10, Side.LEFT),
                new StepPhase(Kind.SWITCH, 5, 0, 10, null),
                new StepPhase(Kind.REPS, 30, 10, 10, Side.RIGHT));
    }

    @Test
    void theDurationShownIsTheTimelinePlayedPlusTheTransition() {
        StepDose dose = new StepDose(30, 2, Sides.EACH_SIDE, 45, 15, "");
        assertThat(RoutineTiming.stepSeconds(dose))
                .isEqualTo(RoutineTiming.TRANSITION_SECONDS + StepTimeline.of(dose).stream().mapToInt(StepPhase::seconds).sum());
    }
}
