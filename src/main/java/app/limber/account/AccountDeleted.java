package app.limber.account;

/**
 * An account is being deleted: published inside the deletion's transaction, before the
 * account's row goes. Each feature listens ({@code @EventListener}, synchronous, so it runs in
 * that transaction) and deletes or anonymises its rows of this person; one that fails rolls the
 * whole deletion back. Features above others in the dependency order run first
 * ({@code @Order}: sharing 10, player 20, coaching 30, routine 40, library 50; anything new
 * that holds rows referring to the account or to those features' rows takes a lower number than
 * the rows it points at), since foreign keys must be cleared top down.
 * docs/decisions/0011-account-deletion.md says what each table does.
 */
public record AccountDeleted(long accountId, Role role, String email) {

    public boolean isCoach() {
        return role == Role.COACH;
    }
}
