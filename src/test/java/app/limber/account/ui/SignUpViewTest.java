package app.limber.account.ui;

import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectValid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

class SignUpViewTest extends UiTest {

    @BeforeEach
    void openSignUp() {
        UI.getCurrent().navigate(SignUpView.class);
    }

    @Test
    void aNewCoachSignsUpAndIsSignedInStraightAwayOnTheCoachHome() {
        fillIn("casey@example.com", "Casey Coach", "a-good-password");
        _click(createButton());

        assertThat(SecurityContextHolder.getContext().getAuthentication().getName())
                .as("signed in straight away, as an athlete who joins is").isEqualTo("casey@example.com");
        assertThat(accountService.currentUser()).hasValueSatisfying(user -> assertThat(user.isCoach()).isTrue());
        assertThat(jdbc.queryForObject("select role from user_account where email = 'casey@example.com'", String.class))
                .isEqualTo("COACH");
        // the page loads the home with the new session's security context
        signInAs("casey@example.com");
        UI.getCurrent().navigate("home");
        assertThat(_get(H2.class, spec -> spec.withText("Your first athlete session, in four steps")).isVisible())
                .as("the coach home's first steps").isTrue();
    }

    @Test
    void aTakenEmailWithAnotherPasswordLandsOnLogInWithTheNoticeAndChangesNothing() {
        accountService.signUpCoach(COACH);

        fillIn(COACH.email().toUpperCase(), "Someone Else", "another-password");
        _click(createButton());

        expectView(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-notice")).getText())
                .isEqualTo("Thanks for signing up. Log in with your email and password. "
                        + "If you already had a Limber account with this email, its password still applies.");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(jdbc.queryForObject("select display_name from user_account", String.class))
                .isEqualTo(COACH.displayName());
    }

    @Test
    void anEmptyFormNamesEveryFieldAndStoresNothing() {
        _click(createButton());

        expectView(SignUpView.class);
        _expectInvalid(_get(EmailField.class), "Enter your email address.");
        _expectInvalid(_get(TextField.class, spec -> spec.withLabel("Your name")), "Enter your name as your athletes know you.");
        _expectInvalid(_get(PasswordField.class), "Use at least 12 characters.");
        assertThat(createButton().isEnabled()).as("the button is usable again").isTrue();
        assertThat(accountCount()).isZero();
    }

    @Test
    void aMalformedEmailIsMarkedOnTheEmailFieldOnly() {
        fillIn("casey.example.com", "Casey", "a-good-password");
        _click(createButton());

        _expectInvalid(_get(EmailField.class), "Enter an email address like name@example.com.");
        _expectValid(_get(TextField.class, spec -> spec.withLabel("Your name")));
        _expectValid(_get(PasswordField.class));
        assertThat(accountCount()).isZero();
    }

    @Test
    void aShortPasswordIsMarkedOnThePasswordField() {
        fillIn("casey@example.com", "Casey", "short-pw");
        _click(createButton());

        _expectInvalid(_get(PasswordField.class), "Use at least 12 characters.");
        _expectValid(_get(EmailField.class));
        assertThat(accountCount()).isZero();
    }

    @Test
    void aTooLongNameIsMarkedOnTheNameField() {
        fillIn("casey@example.com", "x".repeat(81), "a-good-password");
        _click(createButton());

        _expectInvalid(_get(TextField.class, spec -> spec.withLabel("Your name")), "Use at most 80 characters.");
        assertThat(accountCount()).isZero();
    }

    @Test
    void fixingTheErrorsClearsTheMarks() {
        fillIn("casey", "Casey", "short");
        _click(createButton());
        _expectInvalid(_get(EmailField.class));

        fillIn("casey@example.com", "Casey", "a-good-password");
        _click(createButton());

        _expectValid(_get(EmailField.class));
        assertThat(accountCount()).isOne();
    }

    private void fillIn(String email, String name, String password) {
        _setValue(_get(EmailField.class), email);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), name);
        _setValue(_get(PasswordField.class), password);
    }

    private static Button createButton() {
        return _get(Button.class, spec -> spec.withText("Create account"));
    }

    private int accountCount() {
        return jdbc.queryForObject("select count(*) from user_account", Integer.class);
    }
}
