package app.limber.routine;

/**
 * A change to one field, as an editor makes it: the value the editor last saw there, and the
 * value the coach gave it. The change is stored only if the field still holds what the
 * editor saw (or already holds the new value); otherwise someone else changed that same field
 * meanwhile ({@link FieldConflictException}).
 *
 * @param stepId the step whose field it is; null for a field of the routine
 */
public record FieldEdit(Long stepId, RoutineField field, Object seen, Object value) {

    public FieldEdit {
        if (field.ofStep() != (stepId != null)) {
            throw new IllegalArgumentException(field + (field.ofStep() ? " needs a step" : " is not a field of a step"));
        }
    }

    public static FieldEdit ofRoutine(RoutineField field, Object seen, Object value) {
        return new FieldEdit(null, field, seen, value);
    }

    public static FieldEdit ofStep(long stepId, RoutineField field, Object seen, Object value) {
        return new FieldEdit(stepId, field, seen, value);
    }
}
