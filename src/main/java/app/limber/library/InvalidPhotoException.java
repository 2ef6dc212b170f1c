package app.limber.library;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** A photo upload was refused: the words say why, for the coach; nothing was stored. */
public class InvalidPhotoException extends RuntimeException implements Refusal {

    private final transient Words words;

    InvalidPhotoException(Words words) {
        super(words.english());
        this.words = words;
    }

    InvalidPhotoException(Words words, Throwable cause) {
        super(words.english(), cause);
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
