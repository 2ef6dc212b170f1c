package app.limber.account;

/**
 * An account's change refused because of what was chosen or typed (a time zone not on the list,
 * the wrong email to confirm a deletion); nothing changed. Its message is the words in English.
 */
public class AccountRefusedException extends IllegalArgumentException {

    private final transient AccountWords words;

    AccountRefusedException(AccountWords words) {
        super(words.english());
        this.words = words;
    }

    /** What the person reads, for the view to show in their language. */
    public AccountWords words() {
        return words;
    }
}
