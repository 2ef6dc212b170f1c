package app.limber.account;

import java.util.Arrays;
import java.util.List;

/**
 * Words the account feature hands a person (a refused sign-up field, a time zone not on the list):
 * a key of {@code vaadin-i18n/account/translations.properties} with its arguments, for the view to
 * show in the reader's language ({@code getTranslation(key(), args())}), and the same words in
 * English for the log and the tests. Accounts sit below {@code base}, so they cannot hand out
 * {@code base.Words}; AccountWordsTest holds {@link #english()} equal to the English file.
 *
 * @param key     {@code signup.error.no-email}
 * @param english the English text, its arguments put in
 * @param args    the values its pattern takes, in order
 */
public record AccountWords(String key, String english, List<Object> args) {

    public AccountWords {
        args = List.copyOf(args);
    }

    static AccountWords of(String key, String english, Object... args) {
        return new AccountWords(key, english, Arrays.asList(args));
    }

    /** The arguments, as {@code getTranslation} takes them. */
    public Object[] arguments() {
        return args.toArray();
    }

    @Override
    public String toString() {
        return english;
    }
}
