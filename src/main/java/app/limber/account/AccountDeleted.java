package app.limber.account;

/**
 * An account is being deleted: published in the deletion's transaction, so what other features
 * keep of the person (their email settings, emails not yet sent) goes with it, or stays if the
 * deletion is rolled back.
 *
 * @param accountId the account's id
 * @param email     its (lower-case) email address
 */
public record AccountDeleted(long accountId, String email) {
}
