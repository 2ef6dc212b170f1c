package app.limber.routine;

/**
 * One stretch of time within a step, as an athlete lives it: a hold on one side, the pause
 * to switch sides, a block of untimed reps, or the rest after the step.
 *
 * @param rep  which rep this is (1-based); 0 for a switch or rest
 * @param reps how many reps the step has
 * @param side the side worked, or null when both sides work at once (and for rest)
 */
public record StepPhase(Kind kind, int seconds, int rep, int reps, Side side) {

    public enum Kind {
        /** Hold the stretch, counted down. */
        HOLD,
        /** Do the reps of a drill (no hold): counted down at a few seconds a rep. */
        REPS,
        /** Change to the other side. */
        SWITCH,
        /** Rest after the step. */
        REST,
        /** Hold until it releases (a cramp lets go), counted up to its maximum ({@code seconds}). */
        RELEASE
    }

    public enum Side {
        LEFT("Left"),
        RIGHT("Right");

        private final String label;

        Side(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Time under stretch (holds and drill reps), as opposed to pauses. */
    public boolean isWork() {
        return kind == Kind.HOLD || kind == Kind.REPS || kind == Kind.RELEASE;
    }
}
