package app.limber.coaching;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** Too many sign-up tries with one invite, or from one network, lately. */
public class JoinThrottledException extends RuntimeException implements Refusal {

    private static final Words WORDS = Words.of("join.error.throttled");

    JoinThrottledException() {
        super(WORDS.english());
    }

    @Override
    public Words words() {
        return WORDS;
    }
}
