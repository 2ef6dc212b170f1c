package app.limber.coaching;

/** A group link that is not made, with what to do and the field it is about; nothing is made. */
public class GroupLinkRefusedException extends IllegalArgumentException {

    /** The field of the group link dialog a refusal is about. */
    public enum Field {
        USES, LAST_DAY
    }

    private final Field field;

    public GroupLinkRefusedException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
