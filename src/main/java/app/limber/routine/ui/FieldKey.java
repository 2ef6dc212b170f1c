package app.limber.routine.ui;

import app.limber.routine.RoutineField;

import java.util.Optional;

/**
 * Which field of the open routine: of the routine itself (no step) or of one step. Its
 * {@link #draftKey()} names the field in the browser's kept drafts.
 */
record FieldKey(Long stepId, RoutineField field) {

    static FieldKey ofRoutine(RoutineField field) {
        return new FieldKey(null, field);
    }

    static FieldKey ofStep(long stepId, RoutineField field) {
        return new FieldKey(stepId, field);
    }

    /** "r:TITLE" for the routine's title, "57:NOTE" for the note of step 57. */
    String draftKey() {
        return (stepId == null ? "r" : stepId.toString()) + ":" + field.name();
    }

    /** The key a draft names, if it names one at all (what the browser sends is not trusted). */
    static Optional<FieldKey> parse(String draftKey) {
        if (draftKey == null || draftKey.length() > 40) {
            return Optional.empty();
        }
        int colon = draftKey.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        try {
            RoutineField field = RoutineField.valueOf(draftKey.substring(colon + 1));
            String step = draftKey.substring(0, colon);
            if (step.equals("r")) {
                return field.ofStep() ? Optional.empty() : Optional.of(ofRoutine(field));
            }
            return field.ofStep() ? Optional.of(ofStep(Long.parseLong(step), field)) : Optional.empty();
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }
}
