package app.limber.routine;

import app.limber.routine.StepPhase.Kind;
import app.limber.routine.StepPhase.Side;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which a step's dose is done, phase by phase. A rep is a hold; "each side"
 * holds the left side, pauses to switch, then holds the right side (with its own hold if the
 * coach set one), and switches back before the next rep. A drill without a hold is one block
 * of reps per side. A hold "until it releases" is a release phase as long as its maximum. The
 * rest, if any, comes last. The player runs exactly this, and
 * {@link RoutineTiming} adds it up, so the duration shown is the duration played.
 */
public final class StepTimeline {

    private StepTimeline() {
    }

    public static List<StepPhase> of(StepDose dose) {
        List<StepPhase> phases = new ArrayList<>();
        int reps = dose.reps();
        if (dose.untilReleased()) {
            // each hold lasts until it releases: the plan counts its maximum
            for (int rep = 1; rep <= reps; rep++) {
                List<Side> sides = sides(dose.sides());
                for (int i = 0; i < sides.size(); i++) {
                    if (rep > 1 && i == 0 && dose.sides() == Sides.EACH_SIDE || i > 0) {
                        phases.add(new StepPhase(Kind.SWITCH, RoutineTiming.SWITCH_SIDES_SECONDS, 0, reps, null));
                    }
                    phases.add(new StepPhase(Kind.RELEASE, dose.releaseMaxSeconds(), rep, reps, sides.get(i)));
                }
            }
        } else if (dose.holdSeconds() == 0) {
            int seconds = reps * RoutineTiming.UNTIMED_REP_SECONDS;
            for (Side side : sides(dose.sides())) {
                if (!phases.isEmpty()) {
                    phases.add(new StepPhase(Kind.SWITCH, RoutineTiming.SWITCH_SIDES_SECONDS, 0, reps, null));
                }
                phases.add(new StepPhase(Kind.REPS, seconds, reps, reps, side));
            }
        } else {
            for (int rep = 1; rep <= reps; rep++) {
                if (rep > 1 && dose.sides() == Sides.EACH_SIDE) {
                    phases.add(new StepPhase(Kind.SWITCH, RoutineTiming.SWITCH_SIDES_SECONDS, 0, reps, null));
                }
                List<Side> sides = sides(dose.sides());
                for (int i = 0; i < sides.size(); i++) {
                    if (i > 0) {
                        phases.add(new StepPhase(Kind.SWITCH, RoutineTiming.SWITCH_SIDES_SECONDS, 0, reps, null));
                    }
                    int hold = i == 0 || dose.secondSideHoldSeconds() == null ? dose.holdSeconds() : dose.secondSideHoldSeconds();
                    phases.add(new StepPhase(Kind.HOLD, hold, rep, reps, sides.get(i)));
                }
            }
        }
        if (dose.restSeconds() > 0) {
            phases.add(new StepPhase(Kind.REST, dose.restSeconds(), 0, reps, null));
        }
        return List.copyOf(phases);
    }

    /** The sides in the order they are worked; a single null for both at once. */
    private static List<Side> sides(Sides sides) {
        return switch (sides) {
            case BOTH_AT_ONCE -> java.util.Collections.singletonList(null);
            case EACH_SIDE -> List.of(Side.LEFT, Side.RIGHT);
            case LEFT_ONLY -> List.of(Side.LEFT);
            case RIGHT_ONLY -> List.of(Side.RIGHT);
        };
    }
}
