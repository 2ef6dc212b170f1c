package app.limber.mail;

/** The kinds of email Limber sends; each has its own unsubscribe link. */
public enum EmailKind {
    /** A coach's invite, to someone who may have no account: unsubscribing blocks further invites to the address. */
    INVITE,
    /** An athlete's reminder on a planned day. */
    REMINDER,
    /** A coach's weekly digest. */
    DIGEST
}
