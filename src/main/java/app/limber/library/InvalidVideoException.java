package app.limber.library;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** A video upload was refused: the words say why, for the coach; nothing was stored. */
public class InvalidVideoException extends RuntimeException implements Refusal {

    private final transient Words words;

    InvalidVideoException(Words words) {
        super(words.english());
        this.words = words;
    }

    InvalidVideoException(Words words, Throwable cause) {
        super(words.english(), cause);
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
