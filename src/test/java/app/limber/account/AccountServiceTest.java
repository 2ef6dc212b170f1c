package app.limber.account;

import app.limber.support.LimberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static app.limber.account.InvalidSignUpException.Field.DISPLAY_NAME;
import static app.limber.account.InvalidSignUpException.Field.EMAIL;
import static app.limber.account.InvalidSignUpException.Field.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountServiceTest extends LimberTest {

    @Autowired
    AccountService accountService;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AccountUserDetailsService userDetails;

    @Test
    void coachSignUpStoresAnAccountWithABcryptHashAndALowerCaseEmail() {
        accountService.signUpCoach(new SignUp("  Casey.Coach@Example.COM ", " Casey Coach ", "twelve-chars"));

        UserAccount account = accounts.findByEmail("casey.coach@example.com").orElseThrow();
        assertThat(account.getDisplayName()).isEqualTo("Casey Coach");
        assertThat(account.getRole()).isEqualTo(Role.COACH);
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}$2").doesNotContain("twelve-chars");
        assertThat(passwordEncoder.matches("twelve-chars", account.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches("twelve-charz", account.getPasswordHash())).isFalse();
    }

    @Test
    void athleteSignUpMakesAnAthlete() {
        accountService.register(new SignUp("ana@example.com", "Ana", "athlete-password"), Role.ATHLETE);

        assertThat(accounts.findByEmail("ana@example.com").orElseThrow().getRole()).isEqualTo(Role.ATHLETE);
    }

    @Test
    void aTakenEmailInAnyCaseIsAnsweredLikeANewOneAndChangesNothing() {
        accountService.signUpCoach(new SignUp("casey@example.com", "Casey", "first-password-1"));

        accountService.signUpCoach(new SignUp("CASEY@Example.com", "Impostor", "second-password-2"));
        accountService.register(new SignUp("Casey@example.com", "Impostor", "third-password-3"), Role.ATHLETE);

        assertThat(accounts.count()).isEqualTo(1);
        UserAccount account = accounts.findByEmail("casey@example.com").orElseThrow();
        assertThat(account.getDisplayName()).isEqualTo("Casey");
        assertThat(account.getRole()).isEqualTo(Role.COACH);
        assertThat(passwordEncoder.matches("first-password-1", account.getPasswordHash())).isTrue();
    }

    @Test
    void theDatabaseItselfRefusesTwoAccountsForOneEmailInDifferentCase() {
        accountService.signUpCoach(new SignUp("casey@example.com", "Casey", "first-password-1"));

        assertThatThrownBy(() -> jdbc.update("""
                insert into user_account (email, display_name, password_hash, role)
                values ('Casey@Example.com', 'x', 'x', 'COACH')"""))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void loginFindsTheAccountWhateverTheCaseOfTheEmail() {
        accountService.signUpCoach(new SignUp("casey@example.com", "Casey", "first-password-1"));

        var user = (LimberUser) userDetails.loadUserByUsername(" CASEY@example.com");
        assertThat(user.getUsername()).isEqualTo("casey@example.com");
        assertThat(user.getRole()).isEqualTo(Role.COACH);
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_COACH");
    }

    @Test
    void everyBrokenFieldIsNamedAndNothingIsStored() {
        assertThatThrownBy(() -> accountService.signUpCoach(new SignUp("", "", "")))
                .isInstanceOfSatisfying(InvalidSignUpException.class, refused -> assertThat(refused.errors())
                        .containsEntry(EMAIL, "Enter your email address.")
                        .containsEntry(DISPLAY_NAME, "Enter your name as your athletes know you.")
                        .containsEntry(PASSWORD, "Use at least 12 characters."));
        assertThat(accounts.count()).isZero();
    }

    @Test
    void emailMustLookLikeAnEmail() {
        for (String email : new String[]{"casey", "casey@", "@example.com", "casey@example", "ca sey@example.com",
                "a@b.c", "x".repeat(250) + "@example.com"}) {
            assertThatThrownBy(() -> accountService.signUpCoach(new SignUp(email, "Casey", "long-enough-pw")))
                    .as(email)
                    .isInstanceOfSatisfying(InvalidSignUpException.class, refused -> assertThat(refused.errors())
                            .containsOnlyKeys(EMAIL)
                            .containsEntry(EMAIL, "Enter an email address like name@example.com."));
        }
        assertThat(accounts.count()).isZero();
    }

    @Test
    void nameIsOneToEightyCharactersOfText() {
        assertThatThrownBy(() -> accountService.signUpCoach(new SignUp("c@example.com", "   ", "long-enough-pw")))
                .isInstanceOfSatisfying(InvalidSignUpException.class, refused -> assertThat(refused.errors())
                        .containsOnlyKeys(DISPLAY_NAME));
        assertThatThrownBy(() -> accountService.signUpCoach(new SignUp("c@example.com", "x".repeat(81), "long-enough-pw")))
                .isInstanceOfSatisfying(InvalidSignUpException.class, refused -> assertThat(refused.errors())
                        .containsEntry(DISPLAY_NAME, "Use at most 80 characters."));
        assertThatThrownBy(() -> accountService.signUpCoach(new SignUp("c@example.com", "Casey\u0000", "long-enough-pw")))
                .isInstanceOfSatisfying(InvalidSignUpException.class, refused -> assertThat(refused.errors())
                        .containsEntry(DISPLAY_NAME, "Remove the invisible control character from this text."));
        assertThat(accounts.count()).isZero();

        accountService.signUpCoach(new SignUp("c@example.com", "x".repeat(80), "long-enough-pw"));
        assertThat(accounts.count()).isOne();
    }

    @Test
    void passwordIsTwelveToSixtyFourCharacters() {
        assertThatThrownBy(() -> accountService.signUpCoach(new SignUp("c@example.com", "Casey", "eleven-char")))
                .isInstanceOfSatisfying(InvalidSignUpException.class, refused -> assertThat(refused.errors())
                        .containsOnlyKeys(PASSWORD).containsEntry(PASSWORD, "Use at least 12 characters."));
        assertThatThrownBy(() -> accountService.signUpCoach(new SignUp("c@example.com", "Casey", "x".repeat(65))))
                .isInstanceOfSatisfying(InvalidSignUpException.class, refused -> assertThat(refused.errors())
                        .containsEntry(PASSWORD, "Use at most 64 characters."));
        // 30 characters but 90 bytes: more than bcrypt can read
        assertThatThrownBy(() -> accountService.signUpCoach(new SignUp("c@example.com", "Casey", "€".repeat(30))))
                .isInstanceOfSatisfying(InvalidSignUpException.class, refused -> assertThat(refused.errors())
                        .containsKey(PASSWORD));
        assertThatThrownBy(() -> accountService.signUpCoach(new SignUp("c@example.com", "Casey", " ".repeat(12))))
                .isInstanceOfSatisfying(InvalidSignUpException.class, refused -> assertThat(refused.errors())
                        .containsKey(PASSWORD));
        assertThat(accounts.count()).isZero();

        accountService.signUpCoach(new SignUp("c@example.com", "Casey", "x".repeat(12)));
        accountService.signUpCoach(new SignUp("d@example.com", "Dana", "x".repeat(64)));
        assertThat(accounts.count()).isEqualTo(2);
    }

    @Test
    void nobodyIsSignedInUntilSomeoneLogsIn() {
        assertThat(accountService.currentUser()).isEmpty();
    }

    @Test
    void anAnonymousVisitorCannotStoreAColorScheme() {
        assertThatThrownBy(() -> accountService.rememberColorScheme(ColorScheme.DARK))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
