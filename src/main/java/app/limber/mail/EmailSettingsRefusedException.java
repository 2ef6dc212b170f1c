package app.limber.mail;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** A change of email settings refused because a day or a time is missing; nothing changed. */
public class EmailSettingsRefusedException extends IllegalArgumentException implements Refusal {

    private final transient Words words;

    EmailSettingsRefusedException(Words words) {
        super(words.english());
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
