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
 * A step held until it releases is done when each of its holds was released (after any time
 * really spent) or ran to {@value #DONE_PERCENT}% of its maximum.
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
        return decide(plan, shown, reported, elapsed, List.of());
    }

    /**
     * As {@link #decide(PlayPlan, BitSet, List, Duration)}, and a step held until it releases is
     * credited at most the time since it was first shown, less its getting ready (plus
     * {@link #SLACK}): a hold cannot have run, nor been released, before it began.
     *
     * @param sinceShown per step, the time since the player first showed it (null or missing: not known)
     */
    static List<StepResult> decide(PlayPlan plan, BitSet shown, List<StepWork> reported, Duration elapsed,
                                   List<Duration> sinceShown) {
        int steps = plan.steps().size();
        long[] planned = new long[steps];
        long[] credited = new long[steps];
        long total = 0;
        for (int i = 0; i < steps; i++) {
            PlayPlan.Step step = plan.steps().get(i);
            StepWork work = i < reported.size() && shown.get(i) ? reported.get(i) : StepWork.NONE;
            long hold = plannedMillis(step, PlayPlan.Kind.HOLD) + plannedMillis(step, PlayPlan.Kind.RELEASE);
            if (hold > 0) {
                planned[i] = hold;
                credited[i] = Math.min(hold, work.holdMillis());
                Duration since = i < sinceShown.size() ? sinceShown.get(i) : null;
                if (since != null && plannedMillis(step, PlayPlan.Kind.RELEASE) > 0) {
                    long before = step.phases().stream().takeWhile(phase -> phase.kind() != PlayPlan.Kind.RELEASE)
                            .mapToLong(phase -> phase.seconds() * 1000L).sum();
                    credited[i] = Math.max(0, Math.min(credited[i], since.plus(SLACK).toMillis() - before));
                }
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
            PlayPlan.Step step = plan.steps().get(i);
            long holds = step.phases().stream().filter(phase -> phase.kind() == PlayPlan.Kind.RELEASE).count();
            if (holds > 0) {
                StepWork work = i < reported.size() && shown.get(i) ? reported.get(i) : StepWork.NONE;
                results.add(released(step, shown.get(i), (int) holds, work.released(), planned[i], credited[i]));
                continue;
            }
            results.add(new StepResult(step.name(), outcome(shown.get(i), planned[i], credited[i],
                    plannedMillis(step, PlayPlan.Kind.HOLD) > 0),
                    (int) (credited[i] / 1000), (int) (planned[i] / 1000)));
        }
        return List.copyOf(results);
    }

    /**
     * A step held until it releases: a hold marked released counts after any time really spent
     * in the step (no fixed minimum), but not without any (a "released" posted for a step whose
     * hold never ran is not believed); a hold not released counts when it ran
     * {@value #DONE_PERCENT}% of its maximum, where the player suggests stopping.
     */
    private static StepResult released(PlayPlan.Step step, boolean shown, int holds, int claimed, long planned, long credited) {
        int released = shown && credited > 0 ? Math.min(holds, claimed) : 0;
        long max = planned / holds;
        long needed = (holds - released) * max * DONE_PERCENT / 100;
        Outcome outcome = !shown || credited == 0 ? Outcome.SKIPPED
                : credited >= needed ? Outcome.DONE : Outcome.SHORTENED;
        int seconds = (int) (credited / 1000);
        return new StepResult(step.name(), outcome, seconds, (int) (planned / 1000),
                new StepResult.Release(released, holds, seconds, (int) (max / 1000)));
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
