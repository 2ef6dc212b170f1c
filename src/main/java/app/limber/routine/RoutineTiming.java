package app.limber.routine;

import app.limber.library.Muscle;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long a routine takes and how much each muscle gets stretched. A rep is the hold
 * (each side: both holds plus a switch pause; a rep with no hold, such as a drill's stride,
 * counts a few seconds); a step is its reps, its rest and a short transition to the next step.
 * Coverage counts holds and reps only.
 */
public final class RoutineTiming {

    /** Time to get into the next stretch. */
    public static final int TRANSITION_SECONDS = 10;
    /** The pause to switch sides within a rep. */
    public static final int SWITCH_SIDES_SECONDS = 5;
    /** A rep without a hold (a drill's stride or swing) is counted as this long. */
    public static final int UNTIMED_REP_SECONDS = 3;
    /** Secondary muscles count for half of the time under stretch. */
    public static final double SECONDARY_SHARE = 0.5;

    private RoutineTiming() {
    }

    /** Seconds spent in the step's holds (and side switches), without rest and transition. */
    public static int workSeconds(StepDose dose) {
        int perRep = switch (dose.sides()) {
            case EACH_SIDE -> repSeconds(dose.holdSeconds()) + repSeconds(secondHold(dose)) + SWITCH_SIDES_SECONDS;
            case BOTH_AT_ONCE, LEFT_ONLY, RIGHT_ONLY -> repSeconds(dose.holdSeconds());
        };
        return perRep * dose.reps();
    }

    private static int repSeconds(int holdSeconds) {
        return holdSeconds == 0 ? UNTIMED_REP_SECONDS : holdSeconds;
    }

    /** The step's whole time: work, rest and the transition to the next step. */
    public static int stepSeconds(StepDose dose) {
        return workSeconds(dose) + dose.restSeconds() + TRANSITION_SECONDS;
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
            StepDose dose = step.dose();
            int stretched = (dose.sides() == Sides.EACH_SIDE
                    ? repSeconds(dose.holdSeconds()) + repSeconds(secondHold(dose))
                    : repSeconds(dose.holdSeconds())) * dose.reps();
            step.primaryMuscles().forEach(muscle -> seconds.merge(muscle, (double) stretched, Double::sum));
            step.secondaryMuscles().forEach(muscle -> seconds.merge(muscle, stretched * SECONDARY_SHARE, Double::sum));
        }
        Map<Muscle, Integer> rounded = new EnumMap<>(Muscle.class);
        seconds.forEach((muscle, value) -> rounded.put(muscle, (int) Math.round(value)));
        return rounded;
    }

    private static int secondHold(StepDose dose) {
        return dose.secondSideHoldSeconds() == null ? dose.holdSeconds() : dose.secondSideHoldSeconds();
    }
}
