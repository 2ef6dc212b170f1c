package app.limber.coaching;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** A session log was refused (not an assigned routine, or a note too long); nothing was stored. */
public class InvalidSessionException extends RuntimeException implements Refusal {

    private final transient Words words;

    InvalidSessionException(Words words) {
        super(words.english());
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
