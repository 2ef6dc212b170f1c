package app.limber.coaching;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** A publish was refused (nothing to publish, or a note too long); nothing was stored. */
public class PublishingException extends RuntimeException implements Refusal {

    private final transient Words words;

    PublishingException(Words words) {
        super(words.english());
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
