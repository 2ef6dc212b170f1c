package app.limber.routine;

/**
 * The field was changed elsewhere (another tab, device or coach) since the editor saw it,
 * to something other than what this editor wanted: nothing was stored, and the coach
 * chooses which value to keep.
 */
public class FieldConflictException extends RuntimeException {

    private final transient FieldEdit edit;
    private final transient Object current;
    private final transient RoutineDetails routine;

    FieldConflictException(FieldEdit edit, Object current, RoutineDetails routine) {
        super(edit.field() + " of routine " + routine.id() + " was changed elsewhere");
        this.edit = edit;
        this.current = current;
        this.routine = routine;
    }

    /** The refused edit. */
    public FieldEdit edit() {
        return edit;
    }

    /** What the field holds now. */
    public Object current() {
        return current;
    }

    /** The routine as it is now. */
    public RoutineDetails routine() {
        return routine;
    }
}
