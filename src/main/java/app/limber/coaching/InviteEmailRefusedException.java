package app.limber.coaching;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** An invite by email that is not sent, with what to do, for the email field; no invite is made. */
public class InviteEmailRefusedException extends RuntimeException implements Refusal {

    private final transient Words words;

    public InviteEmailRefusedException(Words words) {
        super(words.english());
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
