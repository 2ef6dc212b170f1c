package app.limber.coaching;

/**
 * An "easier" for a step that its published version does not offer: the step has no easier
 * version, or it names another stretch. Nothing is stored and the step stays as planned.
 */
public class EasierVersionRefusedException extends InvalidSessionException {

    EasierVersionRefusedException(app.limber.base.Words words) {
        super(words);
    }

    /** Step {@code index} (from 0) has no easier version. */
    public static EasierVersionRefusedException none(int index) {
        return new EasierVersionRefusedException(app.limber.base.Words.of("easier-error.none", index + 1));
    }

    /** Step {@code index} (from 0) has an easier version, but not the one named. */
    static EasierVersionRefusedException another(int index, String offered) {
        return new EasierVersionRefusedException(app.limber.base.Words.of("easier-error.another", index + 1, offered));
    }
}
