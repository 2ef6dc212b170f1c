package app.limber.coaching;

/** No such invite among this coach's invites. */
public class InviteNotFoundException extends RuntimeException {

    InviteNotFoundException(long id) {
        super("No invite " + id + " for this coach");
    }
}
