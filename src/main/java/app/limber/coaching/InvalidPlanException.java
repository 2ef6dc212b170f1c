package app.limber.coaching;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** A plan was refused (no day chosen, a number of times a week out of range, an end before the start); nothing changed. */
public class InvalidPlanException extends RuntimeException implements Refusal {

    /** The part of the plan the message is about, for the field to show it next to. */
    public enum Field { DAYS, TIMES, STARTS, ENDS }

    private final Field field;
    private final transient Words words;

    InvalidPlanException(Field field, Words words) {
        super(words.english());
        this.field = field;
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }

    public Field field() {
        return field;
    }

    /** @return the plan as stored (an end only where sessions are planned) */
    static Plan checked(Plan plan) {
        if (plan.starts() == null) {
            throw new InvalidPlanException(Field.STARTS, Words.of("plan-fields.error.starts"));
        }
        if (plan.kind() == Plan.Kind.DAYS && plan.days().isEmpty()) {
            throw new InvalidPlanException(Field.DAYS, Words.of("plan-fields.error.days"));
        }
        if (plan.kind() == Plan.Kind.TIMES && (plan.timesPerWeek() < 1 || plan.timesPerWeek() > Plan.MAX_TIMES_PER_WEEK)) {
            throw new InvalidPlanException(Field.TIMES, Words.of("plan-fields.error.times", Plan.MAX_TIMES_PER_WEEK));
        }
        if (!plan.plansSessions()) {
            return new Plan(plan.kind(), java.util.Set.of(), 0, plan.starts(), null);
        }
        if (plan.ends() != null && plan.ends().isBefore(plan.starts())) {
            throw new InvalidPlanException(Field.ENDS, Words.of("plan-fields.error.ends"));
        }
        return plan.kind() == Plan.Kind.DAYS ? new Plan(plan.kind(), plan.days(), 0, plan.starts(), plan.ends())
                : new Plan(plan.kind(), java.util.Set.of(), plan.timesPerWeek(), plan.starts(), plan.ends());
    }
}
