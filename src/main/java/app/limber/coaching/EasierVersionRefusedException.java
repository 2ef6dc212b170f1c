package app.limber.coaching;

/**
 * An "easier" for a step that its published version does not offer: the step has no easier
 * version, or it names another stretch. Nothing is stored and the step stays as planned.
 */
public class EasierVersionRefusedException extends InvalidSessionException {

    EasierVersionRefusedException(String message) {
        super(message);
    }

    /** Step {@code index} (from 0) has no easier version. */
    public static EasierVersionRefusedException none(int index) {
        return new EasierVersionRefusedException("Step " + (index + 1) + " has no easier version.");
    }

    /** Step {@code index} (from 0) has an easier version, but not the one named. */
    static EasierVersionRefusedException another(int index, String offered) {
        return new EasierVersionRefusedException("The easier version of step " + (index + 1) + " is " + offered + ".");
    }
}
