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
    NOTE(String.class, true),
    /** Whether each hold lasts until it releases (a cramp lets go) instead of a fixed time. */
    UNTIL_RELEASED(Boolean.class, true),
    /** The longest an "until it releases" hold lasts, in seconds. */
    RELEASE_MAX(Integer.class, true);

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
            case UNTIL_RELEASED -> dose.untilReleased();
            case RELEASE_MAX -> dose.releaseMaxSeconds();
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
    StepDose with(StepDose d, Object value) {
        return switch (this) {
            case HOLD -> new StepDose((Integer) value, d.reps(), d.sides(), d.secondSideHoldSeconds(), d.restSeconds(), d.note(),
                    d.untilReleased(), d.releaseMaxSeconds());
            case REPS -> new StepDose(d.holdSeconds(), (Integer) value, d.sides(), d.secondSideHoldSeconds(), d.restSeconds(), d.note(),
                    d.untilReleased(), d.releaseMaxSeconds());
            case SIDES -> new StepDose(d.holdSeconds(), d.reps(), (Sides) value,
                    value == Sides.EACH_SIDE ? d.secondSideHoldSeconds() : null, d.restSeconds(), d.note(),
                    d.untilReleased(), d.releaseMaxSeconds());
            case SECOND_SIDE_HOLD -> new StepDose(d.holdSeconds(), d.reps(), d.sides(), (Integer) value, d.restSeconds(), d.note(),
                    d.untilReleased(), d.releaseMaxSeconds());
            case REST -> new StepDose(d.holdSeconds(), d.reps(), d.sides(), d.secondSideHoldSeconds(), (Integer) value, d.note(),
                    d.untilReleased(), d.releaseMaxSeconds());
            case NOTE -> new StepDose(d.holdSeconds(), d.reps(), d.sides(), d.secondSideHoldSeconds(), d.restSeconds(), (String) value,
                    d.untilReleased(), d.releaseMaxSeconds());
            case UNTIL_RELEASED -> d.untilReleased((Boolean) value, d.releaseMaxSeconds());
            case RELEASE_MAX -> d.untilReleased(d.untilReleased(), (Integer) value);
            default -> throw new IllegalArgumentException(this + " is not a field of a step");
        };
    }
}
