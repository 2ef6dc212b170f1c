package app.limber.player;

import app.limber.coaching.StepResult;
import app.limber.coaching.StepResult.Outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What became of each step of a session, from the plan and the work the clock reported:
 * <ul>
 *   <li>a step with holds is <b>done</b> when they ran at least {@value #DONE_PERCENT}% of the
 *       planned hold time; a step of reps only, when all its reps were reached;</li>
 *   <li><b>shortened</b> when some of that work ran, but not enough;</li>
 *   <li><b>skipped</b> when none did, or the player never showed the step.</li>
 * </ul>
 * The clock's claims are not taken as they come: each step is credited at most what it planned,
 * and all of it together at most the time that really passed since the play began on the
 * server (with {@link #SLACK} for the clocks' differences); a report claiming more is scaled
 * down to fit, so posting "all done" a second after Start does not make a session.
 */
final class StepOutcomes {

    static final int DONE_PERCENT = 80;
    static final Duration SLACK = Duration.ofSeconds(2);

    private StepOutcomes() {
    }

    /**
     * @param shown    the steps the player showed (from 0)
     * @param reported the clock's last report, a step each (missing steps: no work)
     * @param elapsed  the time since the play began, on the server's clock
     */
    static List<StepResult> decide(PlayPlan plan, BitSet shown, List<StepWork> reported, Duration elapsed) {
        int steps = plan.steps().size();
        long[] planned = new long[steps];
        long[] credited = new long[steps];
        long total = 0;
        for (int i = 0; i < steps; i++) {
            PlayPlan.Step step = plan.steps().get(i);
            StepWork work = i < reported.size() && shown.get(i) ? reported.get(i) : StepWork.NONE;
            long hold = plannedMillis(step, PlayPlan.Kind.HOLD);
            if (hold > 0) {
                planned[i] = hold;
                credited[i] = Math.min(hold, work.holdMillis());
            } else {
                planned[i] = plannedMillis(step, PlayPlan.Kind.REPS);
                credited[i] = repsMillis(step, work.repsReached());
            }
            total += credited[i];
        }
        long allowed = Math.max(0, elapsed.plus(SLACK).toMillis());
        if (total > allowed) {
            for (int i = 0; i < steps; i++) {
                credited[i] = (long) Math.floor((double) credited[i] * allowed / total);
            }
        }
        List<StepResult> results = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            results.add(new StepResult(plan.steps().get(i).name(), outcome(shown.get(i), planned[i], credited[i],
                    plannedMillis(plan.steps().get(i), PlayPlan.Kind.HOLD) > 0),
                    (int) (credited[i] / 1000), (int) (planned[i] / 1000)));
        }
        return List.copyOf(results);
    }

    private static Outcome outcome(boolean shown, long planned, long credited, boolean holds) {
        if (!shown) {
            return Outcome.SKIPPED;
        }
        if (planned == 0) {
            return Outcome.DONE; // nothing to time: being on it is doing it
        }
        boolean enough = holds ? credited * 100 >= planned * DONE_PERCENT : credited >= planned;
        return enough ? Outcome.DONE : credited > 0 ? Outcome.SHORTENED : Outcome.SKIPPED;
    }

    private static long plannedMillis(PlayPlan.Step step, PlayPlan.Kind kind) {
        return step.phases().stream().filter(phase -> phase.kind() == kind).mapToLong(phase -> phase.seconds() * 1000L).sum();
    }

    /** The planned time of the first {@code reached} reps phases of the step. */
    private static long repsMillis(PlayPlan.Step step, int reached) {
        return step.phases().stream().filter(phase -> phase.kind() == PlayPlan.Kind.REPS).limit(reached)
                .mapToLong(phase -> phase.seconds() * 1000L).sum();
    }
}
