package app.limber.coaching;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** The invite link is wrong, expired, revoked or already used; the answer does not say which. */
public class InviteNotUsableException extends RuntimeException implements Refusal {

    private static final Words WORDS = Words.of("join.error.no-longer-works");

    InviteNotUsableException() {
        super(WORDS.english());
    }

    @Override
    public Words words() {
        return WORDS;
    }
}
