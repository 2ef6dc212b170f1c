package app.limber.coaching;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** A group link that is not made, with what to do and the field it is about; nothing is made. */
public class GroupLinkRefusedException extends IllegalArgumentException implements Refusal {

    /** The field of the group link dialog a refusal is about. */
    public enum Field {
        USES, LAST_DAY
    }

    private final Field field;
    private final transient Words words;

    public GroupLinkRefusedException(Field field, Words words) {
        super(words.english());
        this.field = field;
        this.words = words;
    }

    public Field field() {
        return field;
    }

    @Override
    public Words words() {
        return words;
    }
}
