package app.limber.library;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** A stretch was to be written in a language Limber does not speak; nothing was stored. */
public class UnknownContentLanguageException extends RuntimeException implements Refusal {

    private final transient Words words;

    UnknownContentLanguageException(String code) {
        this(Words.of("stretch-error.language-unknown", code == null ? "" : code));
    }

    private UnknownContentLanguageException(Words words) {
        super(words.english());
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
