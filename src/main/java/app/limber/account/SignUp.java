package app.limber.account;

/** What a person types to create an account. Checked by {@link AccountService}. */
public record SignUp(String email, String displayName, String password) {

    @Override
    public String toString() {
        return "SignUp[email=" + email + ", displayName=" + displayName + ", password=<hidden>]";
    }
}
