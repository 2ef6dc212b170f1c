package app.limber.account.ui;

import app.limber.account.LoginThrottleSettings;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends UiTest {

    @org.springframework.beans.factory.annotation.Autowired
    private com.vaadin.flow.i18n.I18NProvider words;

    @org.springframework.beans.factory.annotation.Autowired
    private app.limber.account.LanguageSettings languages;

    @Test
    void theFormPostsToSpringSecurityAndOffersSignUp() {
        UI.getCurrent().navigate(LoginView.class);

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        JsonNode i18n = (JsonNode) form.getElement().getPropertyRaw("i18n");
        assertThat(i18n.get("form").get("username").asString()).isEqualTo("Email");
        assertThat(i18n.get("errorMessage").get("username").asString()).isEqualTo("Enter your email address.");
        assertThat(_get(Anchor.class, spec -> spec.withText("Create your coach account")).getHref()).isEqualTo("signup");
    }

    @Test
    void aRefusedLoginShowsOneNeutralMessage() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessageOf(form)).isEqualTo("That email and password don't match an account. Check them and try again.");
    }

    @Test
    void aLoginFormThatHadExpiredSaysSoAndOffersAFreshOne() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("expired", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessageOf(form)).isEqualTo(
                "The login form had expired (Limber restarted, or the page was open a long time). Log in again.");
    }

    @Test
    void aThrottledLoginSaysToWaitAsLongAsTheConfiguredLockout() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("throttled", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessageOf(form)).isEqualTo("Too many failed attempts for this email. Wait 15 minutes, then try again.");
    }

    @Test
    void theThrottledMessageFollowsTheLockoutSetting() {
        var settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "limber.login-throttle.max-failures", "5",
                "limber.login-throttle.window", "15m",
                "limber.login-throttle.lockout", "1h")))
                .bindOrCreate("limber.login-throttle", LoginThrottleSettings.class);
        var view = new LoginView(settings, words, accountService, languages);
        UI.getCurrent().add(view);

        view.beforeEnter(new BeforeEnterEvent(UI.getCurrent().getInternals().getRouter(), NavigationTrigger.PROGRAMMATIC,
                new Location("login", QueryParameters.of("throttled", "")), LoginView.class, UI.getCurrent(), List.of()));

        assertThat(errorMessageOf(_get(view, LoginForm.class)))
                .isEqualTo("Too many failed attempts for this email. Wait an hour, then try again.");
    }

    @Test
    void theSignUpNoticeIsHiddenOnAPlainVisit() {
        UI.getCurrent().navigate(LoginView.class);

        _assertNone(Paragraph.class, spec -> spec.withClasses("limber-notice"));
    }

    @Test
    void theSignUpNoticeShowsAfterSignUp() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("signed-up", ""));
        expectView(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-notice")).isVisible()).isTrue();
    }

    /** The error message the browser will show, as sent to the login form element. */
    private static String errorMessageOf(LoginForm form) {
        return ((JsonNode) form.getElement().getPropertyRaw("i18n"))
                .get("errorMessage").get("message").asString();
    }
}
