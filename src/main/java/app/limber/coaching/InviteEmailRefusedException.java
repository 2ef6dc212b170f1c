package app.limber.coaching;

/** An invite by email that is not sent, with what to do, for the email field; no invite is made. */
public class InviteEmailRefusedException extends RuntimeException {

    public InviteEmailRefusedException(String message) {
        super(message);
    }
}
