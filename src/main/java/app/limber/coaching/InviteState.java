package app.limber.coaching;

/** Whether an invite link still works. */
public enum InviteState {
    OPEN, USED, EXPIRED, REVOKED
}
