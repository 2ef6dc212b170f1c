package app.limber.account;

/** An account's display name and time zone, read without the rest of the account. */
record DisplayName(long id, String displayName, String timeZone) {
}
