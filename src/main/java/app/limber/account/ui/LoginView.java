package app.limber.account.ui;

import app.limber.account.AccountService;
import app.limber.account.LoginThrottleSettings;
import app.limber.account.LanguageMenu;
import app.limber.account.LanguageSettings;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Map;

/** Email and password, posted to Spring Security's login endpoint. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String WRONG_LOGIN = "login.error.wrong";
    static final String EXPIRED_FORM = "login.error.expired";
    /**
     * Shown after every sign-up, new email or taken one, so it must fit both without
     * saying which happened.
     */
    static final String SIGNED_UP = "login.signed-up";

    private final LoginForm loginForm = new LoginForm();
    private final Paragraph notice = new Paragraph();
    /** Says how long the lockout lasts, as configured. */
    private final String throttled;

    public LoginView(LoginThrottleSettings throttle, I18NProvider words, AccountService accounts, LanguageSettings languages) {
        throttled = getTranslation("login.error.throttled", WaitTime.of(throttle.lockout(), words, getLocale()));
        addClassName("limber-auth-page");
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var brand = new H1("Limber");
        brand.addClassName("limber-brand");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("limber-tagline");

        notice.addClassName("limber-notice");
        notice.setVisible(false);

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(i18n(getTranslation(WRONG_LOGIN)));

        var signUp = new Paragraph(getTranslation("login.new-coach") + " ");
        signUp.add(new Anchor("signup", getTranslation("login.create-account")));
        signUp.addClassName("limber-auth-switch");

        languageMenu(accounts, languages).ifPresent(this::add);
        add(brand, tagline, notice, loginForm, signUp);
    }

    /** The language menu at the top of a page no one is signed in to, when more than one language is offered. */
    static java.util.Optional<LanguageMenu> languageMenu(AccountService accounts, LanguageSettings languages) {
        if (languages.offered().size() < 2) {
            return java.util.Optional.empty();
        }
        var menu = new LanguageMenu(accounts, languages);
        menu.addClassName("limber-auth-language");
        return java.util.Optional.of(menu);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            loginForm.setI18n(i18n(throttled));
            loginForm.setError(true);
        } else if (parameters.containsKey("expired")) {
            loginForm.setI18n(i18n(getTranslation(EXPIRED_FORM)));
            loginForm.setError(true);
        } else if (parameters.containsKey("error")) {
            loginForm.setI18n(i18n(getTranslation(WRONG_LOGIN)));
            loginForm.setError(true);
        }
        if (parameters.containsKey("signed-up")) {
            notice.setText(getTranslation(SIGNED_UP));
            notice.setVisible(true);
        }
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.getErrorMessage().setUsername(getTranslation("login.error.no-email"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.no-password"));
        return i18n;
    }
}
