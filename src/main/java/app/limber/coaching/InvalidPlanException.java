package app.limber.coaching;

/** A plan was refused (no day chosen, a number of times a week out of range, an end before the start); nothing changed. */
public class InvalidPlanException extends RuntimeException {

    /** The part of the plan the message is about, for the field to show it next to. */
    public enum Field { DAYS, TIMES, STARTS, ENDS }

    private final Field field;

    InvalidPlanException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }

    /** @return the plan as stored (an end only where sessions are planned) */
    static Plan checked(Plan plan) {
        if (plan.starts() == null) {
            throw new InvalidPlanException(Field.STARTS, "Choose the first day of the plan.");
        }
        if (plan.kind() == Plan.Kind.DAYS && plan.days().isEmpty()) {
            throw new InvalidPlanException(Field.DAYS, "Choose at least one day of the week.");
        }
        if (plan.kind() == Plan.Kind.TIMES && (plan.timesPerWeek() < 1 || plan.timesPerWeek() > Plan.MAX_TIMES_PER_WEEK)) {
            throw new InvalidPlanException(Field.TIMES, "Choose from 1 to " + Plan.MAX_TIMES_PER_WEEK + " times a week.");
        }
        if (!plan.plansSessions()) {
            return new Plan(plan.kind(), java.util.Set.of(), 0, plan.starts(), null);
        }
        if (plan.ends() != null && plan.ends().isBefore(plan.starts())) {
            throw new InvalidPlanException(Field.ENDS, "The last day can't be before the first day.");
        }
        return plan.kind() == Plan.Kind.DAYS ? new Plan(plan.kind(), plan.days(), 0, plan.starts(), plan.ends())
                : new Plan(plan.kind(), java.util.Set.of(), plan.timesPerWeek(), plan.starts(), plan.ends());
    }
}
