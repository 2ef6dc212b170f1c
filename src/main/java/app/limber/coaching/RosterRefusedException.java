package app.limber.coaching;

import app.limber.base.Refusal;
import app.limber.base.Words;

/**
 * Something the roster refused (a label or group name that breaks a rule, an athlete not on the
 * roster, a group that is not the coach's); nothing changed. An {@link IllegalArgumentException}
 * as before, with words the view shows in the reader's language.
 */
public class RosterRefusedException extends IllegalArgumentException implements Refusal {

    private final transient Words words;

    RosterRefusedException(Words words) {
        super(words.english());
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
