package app.limber.account.ui;

import app.limber.account.AccountService;
import app.limber.account.InvalidSignUpException;
import app.limber.account.LanguageSettings;
import app.limber.account.SignInService;
import app.limber.account.SignUp;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.core.AuthenticationException;

import java.util.Map;

/**
 * A coach creates an account and is signed in straight away (as athletes who join are),
 * landing on the coach home's first steps. An email that already had an account is not told
 * apart by the form: the sign-in with the password typed here then fails (unless it is that
 * account's password) and the coach lands on the login page, told that an earlier account's
 * password still applies. Field errors show next to the field.
 */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField(getTranslation("signup.email"));
    final TextField displayName = new TextField(getTranslation("signup.name"));
    final PasswordField password = new PasswordField(getTranslation("signup.password"));
    final Button create = new Button(getTranslation("signup.create"));

    private final AccountService accountService;
    private final SignInService signIn;

    public SignUpView(AccountService accountService, SignInService signIn, LanguageSettings languages) {
        this.accountService = accountService;
        this.signIn = signIn;
        addClassName("limber-auth-page");
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var brand = new H1("Limber");
        brand.addClassName("limber-brand");
        var tagline = new Paragraph(getTranslation("signup.tagline"));
        tagline.addClassName("limber-tagline");

        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(AccountService.MAX_EMAIL_LENGTH);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setManualValidation(true);

        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(AccountService.MAX_NAME_LENGTH);
        displayName.setHelperText(getTranslation("signup.name.helper"));
        displayName.setAutocomplete(Autocomplete.NAME);
        displayName.setManualValidation(true);

        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("signup.password.helper", AccountService.MIN_PASSWORD_LENGTH));
        password.setMaxLength(AccountService.MAX_PASSWORD_LENGTH);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setManualValidation(true);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setDisableOnClick(true);
        create.addClickListener(click -> submit());

        var form = new VerticalLayout(new H2(getTranslation("signup.heading")), email, displayName, password, create);
        form.addClassName("limber-card");
        form.setAlignItems(Alignment.STRETCH);
        form.addClassName("limber-auth-card");

        var logIn = new Paragraph(getTranslation("signup.have-account") + " ");
        logIn.add(new Anchor("login", getTranslation("signup.log-in")));
        logIn.addClassName("limber-auth-switch");

        LoginView.languageMenu(accountService, languages).ifPresent(this::add);
        add(brand, tagline, form, logIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.page-title");
    }

    private void submit() {
        clearErrors();
        try {
            accountService.signUpCoach(new SignUp(email.getValue(), displayName.getValue(), password.getValue()));
        } catch (InvalidSignUpException refused) {
            showErrors(refused.words());
            create.setEnabled(true);
            return;
        }
        try {
            // straight in: no second login right after choosing a password
            signIn.signIn(email.getValue(), password.getValue());
            getUI().ifPresent(ui -> ui.getPage().setLocation("home"));
        } catch (AuthenticationException notThisPassword) {
            getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of("signed-up", "")));
        }
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[]{email, displayName, password}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void showErrors(Map<InvalidSignUpException.Field, app.limber.account.AccountWords> errors) {
        errors.forEach((field, message) -> {
            HasValidation component = switch (field) {
                case EMAIL -> email;
                case DISPLAY_NAME -> displayName;
                case PASSWORD -> password;
            };
            component.setErrorMessage(getTranslation(message.key(), message.arguments()));
            component.setInvalid(true);
        });
        switch (errors.keySet().iterator().next()) {
            case EMAIL -> email.focus();
            case DISPLAY_NAME -> displayName.focus();
            case PASSWORD -> password.focus();
        }
    }
}
