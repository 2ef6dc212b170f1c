package app.limber.routine;

import app.limber.body.Muscle;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long a routine takes and how much each muscle gets stretched: a step is a short
 * transition to get into it, then its {@link StepTimeline} (holds, side switches, a drill's
 * reps, rest). Coverage counts holds and reps only.
 */
public final class RoutineTiming {

    /** Time to get into the next stretch. */
    public static final int TRANSITION_SECONDS = 10;
    /** The pause to switch sides. */
    public static final int SWITCH_SIDES_SECONDS = 5;
    /** A rep without a hold (a drill's stride or swing) is counted as this long. */
    public static final int UNTIMED_REP_SECONDS = 3;
    /** Secondary muscles count for half of the time under stretch. */
    public static final double SECONDARY_SHARE = 0.5;

    private RoutineTiming() {
    }

    /** The step's whole time: the transition into it, then its whole timeline. */
    public static int stepSeconds(StepDose dose) {
        return TRANSITION_SECONDS + StepTimeline.of(dose).stream().mapToInt(StepPhase::seconds).sum();
    }

    public static int routineSeconds(Collection<StepDose> doses) {
        return doses.stream().mapToInt(RoutineTiming::stepSeconds).sum();
    }

    /**
     * Seconds of work per muscle: holds (and a drill's reps) only, no switch pauses, rest or
     * transitions. Secondary muscles count half.
     */
    public static Map<Muscle, Integer> coverage(Collection<? extends StepDetails> steps) {
        Map<Muscle, Double> seconds = new EnumMap<>(Muscle.class);
        for (StepDetails step : steps) {
            int stretched = StepTimeline.of(step.dose()).stream().filter(StepPhase::isWork)
                    .mapToInt(StepPhase::seconds).sum();
            step.primaryMuscles().forEach(muscle -> seconds.merge(muscle, (double) stretched, Double::sum));
            step.secondaryMuscles().forEach(muscle -> seconds.merge(muscle, stretched * SECONDARY_SHARE, Double::sum));
        }
        Map<Muscle, Integer> rounded = new EnumMap<>(Muscle.class);
        seconds.forEach((muscle, value) -> rounded.put(muscle, (int) Math.round(value)));
        return rounded;
    }
}
