package app.limber.coaching;

/** The invite link is wrong, expired, revoked or already used; the answer does not say which. */
public class InviteNotUsableException extends RuntimeException {

    InviteNotUsableException() {
        super("This invite link no longer works. Ask your coach for a new one.");
    }
}
