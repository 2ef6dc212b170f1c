package app.limber.coaching;

/** Too many sign-up tries with one invite, or from one network, lately. */
public class JoinThrottledException extends RuntimeException {

    JoinThrottledException() {
        super("Too many tries in a short time. Wait a few minutes, then try again.");
    }
}
