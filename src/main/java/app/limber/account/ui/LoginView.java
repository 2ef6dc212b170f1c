package app.limber.account.ui;

import app.limber.account.LoginThrottleSettings;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Map;

/** Email and password, posted to Spring Security's login endpoint. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Limber")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_LOGIN = "That email and password don't match an account. Check them and try again.";
    static final String EXPIRED_FORM = "The login form had expired (Limber restarted, or the page was open a long time). Log in again.";
    /**
     * Shown after every sign-up, new email or taken one, so it must fit both without
     * saying which happened.
     */
    static final String SIGNED_UP = "Thanks for signing up. Log in with your email and password. "
            + "If you already had a Limber account with this email, its password still applies.";

    private final LoginForm loginForm = new LoginForm();
    private final Paragraph notice = new Paragraph();
    /** Says how long the lockout lasts, as configured. */
    private final String throttled;

    public LoginView(LoginThrottleSettings throttle) {
        throttled = "Too many failed attempts for this email. Wait " + WaitTime.of(throttle.lockout()) + ", then try again.";
        addClassName("limber-auth-page");
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var brand = new H1("Limber");
        brand.addClassName("limber-brand");
        var tagline = new Paragraph("Stretching routines from your coach, step by step.");
        tagline.addClassName("limber-tagline");

        notice.addClassName("limber-notice");
        notice.setVisible(false);

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(i18n(WRONG_LOGIN));

        var signUp = new Paragraph("New coach? ");
        signUp.add(new Anchor("signup", "Create your coach account"));
        signUp.addClassName("limber-auth-switch");

        add(brand, tagline, notice, loginForm, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            loginForm.setI18n(i18n(throttled));
            loginForm.setError(true);
        } else if (parameters.containsKey("expired")) {
            loginForm.setI18n(i18n(EXPIRED_FORM));
            loginForm.setError(true);
        } else if (parameters.containsKey("error")) {
            loginForm.setI18n(i18n(WRONG_LOGIN));
            loginForm.setError(true);
        }
        if (parameters.containsKey("signed-up")) {
            notice.setText(SIGNED_UP);
            notice.setVisible(true);
        }
    }

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Log in");
        i18n.getErrorMessage().setTitle("Couldn't log you in");
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.getErrorMessage().setUsername("Enter your email address.");
        i18n.getErrorMessage().setPassword("Enter your password.");
        return i18n;
    }
}
