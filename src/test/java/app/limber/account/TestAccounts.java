package app.limber.account;

/** Accounts for tests of other packages: athletes normally arrive through an invite. */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static void createAthlete(AccountService accountService, SignUp signUp) {
        accountService.register(signUp, Role.ATHLETE);
    }
}
