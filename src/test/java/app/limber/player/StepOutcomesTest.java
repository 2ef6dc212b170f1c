package app.limber.player;

import app.limber.coaching.StepResult;
import app.limber.coaching.StepResult.Outcome;
import app.limber.player.PlayPlan.Kind;
import app.limber.player.PlayPlan.Phase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule of what counts: 80 % of the holds, all the reps, and never more than the time that passed. */
class StepOutcomesTest {

    /** "Calf": two holds of 30 s (60 s of hold); "Cat": two blocks of reps, 20 s each; "Child's pose": one hold of 50 s. */
    private static final PlayPlan PLAN = new PlayPlan(List.of(
            new PlayPlan.Step("Calf", List.of(phase(Kind.READY, 10), phase(Kind.HOLD, 30), phase(Kind.SWITCH, 5),
                    phase(Kind.HOLD, 30), phase(Kind.REST, 15))),
            new PlayPlan.Step("Cat", List.of(phase(Kind.READY, 10), phase(Kind.REPS, 20), phase(Kind.SWITCH, 5),
                    phase(Kind.REPS, 20))),
            new PlayPlan.Step("Child's pose", List.of(phase(Kind.READY, 10), phase(Kind.HOLD, 50)))));

    private static final Duration PLENTY = Duration.ofMinutes(10);

    private static Phase phase(Kind kind, int seconds) {
        return new Phase(kind, seconds, app.limber.base.Words.of("player.phase.hold"), List.of(), List.of());
    }

    private static BitSet all() {
        BitSet shown = new BitSet();
        shown.set(0, PLAN.steps().size());
        return shown;
    }

    private static List<Outcome> outcomes(List<StepResult> results) {
        return results.stream().map(StepResult::outcome).toList();
    }

    @Test
    void exactlyEightyPercentOfTheHoldsIsDoneAndSeventyNineIsShortened() {
        var results = StepOutcomes.decide(PLAN, all(),
                List.of(new StepWork(48_000, 0), new StepWork(0, 2), new StepWork(39_500, 0)), PLENTY);

        assertThat(outcomes(results)).containsExactly(Outcome.DONE, Outcome.DONE, Outcome.SHORTENED);
        assertThat(results.getFirst()).isEqualTo(new StepResult("Calf", Outcome.DONE, 48, 60));
        assertThat(results.get(2)).isEqualTo(new StepResult("Child's pose", Outcome.SHORTENED, 39, 50));
        assertThat(outcomes(StepOutcomes.decide(PLAN, all(),
                List.of(new StepWork(47_999, 0), new StepWork(0, 2), new StepWork(50_000, 0)), PLENTY)))
                .containsExactly(Outcome.SHORTENED, Outcome.DONE, Outcome.DONE);
    }

    @Test
    void noHoldAtAllIsSkippedAndSoIsAStepNeverShownWhateverTheClockSays() {
        BitSet shown = all();
        shown.clear(2);
        var results = StepOutcomes.decide(PLAN, shown,
                List.of(new StepWork(0, 0), new StepWork(0, 0), new StepWork(50_000, 0)), PLENTY);

        assertThat(outcomes(results)).containsExactly(Outcome.SKIPPED, Outcome.SKIPPED, Outcome.SKIPPED);
        assertThat(results.get(2).workSeconds()).isZero();
        assertThat(outcomes(StepOutcomes.decide(PLAN, all(), List.of(), PLENTY)))
                .as("no report at all").containsOnly(Outcome.SKIPPED);
    }

    @Test
    void aStepOfRepsOnlyIsDoneWhenAllItsRepsWereReached() {
        assertThat(StepOutcomes.decide(PLAN, all(), List.of(StepWork.NONE, new StepWork(0, 2)), PLENTY).get(1))
                .isEqualTo(new StepResult("Cat", Outcome.DONE, 40, 40));
        assertThat(StepOutcomes.decide(PLAN, all(), List.of(StepWork.NONE, new StepWork(0, 1)), PLENTY).get(1))
                .isEqualTo(new StepResult("Cat", Outcome.SHORTENED, 20, 40));
        assertThat(StepOutcomes.decide(PLAN, all(), List.of(StepWork.NONE, new StepWork(0, 0)), PLENTY).get(1).outcome())
                .isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void moreThanTheStepPlannedIsNotCredited() {
        var results = StepOutcomes.decide(PLAN, all(),
                List.of(new StepWork(600_000, 0), new StepWork(0, 9), new StepWork(0, 0)), PLENTY);

        assertThat(results.get(0).workSeconds()).isEqualTo(60);
        assertThat(results.get(1).workSeconds()).isEqualTo(40);
    }

    @Test
    void workClaimedBeyondTheTimeThatPassedIsScaledDown() {
        List<StepWork> everything = List.of(new StepWork(60_000, 0), new StepWork(0, 2), new StepWork(50_000, 0));

        // 150 s of work claimed one second after Start: 3 s (with the slack) are credited in all
        var forged = StepOutcomes.decide(PLAN, all(), everything, Duration.ofSeconds(1));
        assertThat(outcomes(forged)).doesNotContain(Outcome.DONE);
        assertThat(forged.stream().mapToInt(StepResult::workSeconds).sum()).isLessThanOrEqualTo(3);

        // the same claim after the routine's real length (and a little slower) stands
        assertThat(outcomes(StepOutcomes.decide(PLAN, all(), everything, Duration.ofSeconds(PLAN.totalSeconds()))))
                .containsOnly(Outcome.DONE);
        // 150 s claimed after 120 s: scaled to 122/150 of it, the holds fall short of 80 %
        assertThat(outcomes(StepOutcomes.decide(PLAN, all(), everything, Duration.ofSeconds(120))))
                .containsExactly(Outcome.DONE, Outcome.SHORTENED, Outcome.DONE);
    }

    @Test
    void theClocksReportIsReadDefensively() {
        assertThat(StepWork.parse("[[30000,0],[0,2]]")).containsExactly(new StepWork(30_000, 0), new StepWork(0, 2));
        assertThat(StepWork.parse("[[-5,-1],\"x\",[1]]")).containsExactly(StepWork.NONE, StepWork.NONE, StepWork.NONE);
        assertThat(StepWork.parse("not json")).isEmpty();
        assertThat(StepWork.parse(null)).isEmpty();
        assertThat(StepWork.parse("{\"a\":1}")).isEmpty();
    }
}
