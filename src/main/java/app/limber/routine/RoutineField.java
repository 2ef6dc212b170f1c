package app.limber.routine;

import app.limber.library.Purpose;

/**
 * One field a coach edits: of the routine (title, description, purpose) or of one of its
 * steps. Each edit is stored on its own ({@link FieldEdit}), so two editors that change
 * different fields never get in each other's way.
 */
public enum RoutineField {
    TITLE(String.class, false),
    DESCRIPTION(String.class, false),
    PURPOSE(Purpose.class, false),
    HOLD(Integer.class, true),
    REPS(Integer.class, true),
    SIDES(Sides.class, true),
    SECOND_SIDE_HOLD(Integer.class, true),
    REST(Integer.class, true),
    NOTE(String.class, true);

    private final Class<?> type;
    private final boolean ofStep;

    RoutineField(Class<?> type, boolean ofStep) {
        this.type = type;
        this.ofStep = ofStep;
    }

    /** Whether this is a field of a step (rather than of the routine). */
    public boolean ofStep() {
        return ofStep;
    }

    /** Whether it holds text the coach types (kept as typed, without surrounding blanks). */
    public boolean isText() {
        return type == String.class;
    }

    /** The value in the form it is stored and compared: text without surrounding blanks, never null. */
    Object normalized(Object value) {
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException(this + " takes a " + type.getSimpleName() + ", not " + value.getClass().getSimpleName());
        }
        return isText() ? (value == null ? "" : ((String) value).strip()) : value;
    }

    /** This field's value in a step's dose. */
    public Object of(StepDose dose) {
        return switch (this) {
            case HOLD -> dose.holdSeconds();
            case REPS -> dose.reps();
            case SIDES -> dose.sides();
            case SECOND_SIDE_HOLD -> dose.secondSideHoldSeconds();
            case REST -> dose.restSeconds();
            case NOTE -> dose.note();
            default -> throw new IllegalArgumentException(this + " is not a field of a step");
        };
    }

    /** This field's value in the routine. */
    public Object of(RoutineDetails routine) {
        return switch (this) {
            case TITLE -> routine.title();
            case DESCRIPTION -> routine.description();
            case PURPOSE -> routine.purpose();
            default -> throw new IllegalArgumentException(this + " is a field of a step");
        };
    }

    /** The dose with this field set to a value. */
    StepDose with(StepDose dose, Object value) {
        return switch (this) {
            case HOLD -> new StepDose((Integer) value, dose.reps(), dose.sides(), dose.secondSideHoldSeconds(), dose.restSeconds(), dose.note());
            case REPS -> new StepDose(dose.holdSeconds(), (Integer) value, dose.sides(), dose.secondSideHoldSeconds(), dose.restSeconds(), dose.note());
            case SIDES -> new StepDose(dose.holdSeconds(), dose.reps(), (Sides) value,
                    value == Sides.EACH_SIDE ? dose.secondSideHoldSeconds() : null, dose.restSeconds(), dose.note());
            case SECOND_SIDE_HOLD -> new StepDose(dose.holdSeconds(), dose.reps(), dose.sides(), (Integer) value, dose.restSeconds(), dose.note());
            case REST -> new StepDose(dose.holdSeconds(), dose.reps(), dose.sides(), dose.secondSideHoldSeconds(), (Integer) value, dose.note());
            case NOTE -> new StepDose(dose.holdSeconds(), dose.reps(), dose.sides(), dose.secondSideHoldSeconds(), dose.restSeconds(), (String) value);
            default -> throw new IllegalArgumentException(this + " is not a field of a step");
        };
    }
}
