package app.limber.account;

/**
 * What lets a new athlete account exist: a coach's invite, checked and redeemed by the
 * coaching feature. Redeeming runs in the same transaction as the sign-up, so a refused
 * invite leaves no account behind.
 */
public interface AthleteInvitation {

    /**
     * Marks the invite used by this athlete and joins them to the coach's roster.
     *
     * @throws RuntimeException when the invite can no longer be used; the sign-up is undone
     */
    void redeem(long athleteAccountId);
}
