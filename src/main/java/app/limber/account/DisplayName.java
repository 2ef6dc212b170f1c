package app.limber.account;

/** An account's display name, read without the rest of the account. */
record DisplayName(long id, String displayName) {
}
