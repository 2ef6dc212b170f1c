package app.limber.routine;

/** The step was removed elsewhere (another tab, device or coach); nothing was stored. */
public class StepGoneException extends RuntimeException {

    private final long stepId;
    private final transient RoutineDetails routine;

    StepGoneException(long stepId, RoutineDetails routine) {
        super("Step " + stepId + " is no longer in routine " + routine.id());
        this.stepId = stepId;
        this.routine = routine;
    }

    public long stepId() {
        return stepId;
    }

    /** The routine as it is now. */
    public RoutineDetails routine() {
        return routine;
    }
}
