package app.limber.account.ui;

import app.limber.account.Language;
import app.limber.account.LanguageMenu;
import app.limber.base.ui.MainLayout;
import app.limber.coaching.ui.MyRoutinesView;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limber speaks the language of the browser session, and the one a signed-in person chose,
 * remembered with their account.
 */
class LanguageTest extends UiTest {

    @Test
    void theLoginPageSpeaksTheSessionsLanguage() {
        speak(Locale.of("es", "MX"));
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-tagline")).getText())
                .isEqualTo("Rutinas de estiramiento de tu entrenador, paso a paso.");
        JsonNode i18n = (JsonNode) _get(LoginForm.class).getElement().getPropertyRaw("i18n");
        assertThat(i18n.get("form").get("title").asString()).isEqualTo("Iniciar sesión");
        assertThat(i18n.get("form").get("password").asString()).isEqualTo("Contraseña");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Iniciar sesión · Limber");
        assertThat(_get(LanguageMenu.class).getValue()).isEqualTo(Language.SPANISH);
    }

    @Test
    void aVisitorChoosesALanguageForTheSessionAndThePageOpensAgainInIt() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(LanguageMenu.class).getValue()).isEqualTo(Language.ENGLISH);

        _setValue(_get(LanguageMenu.class), Language.GERMAN);

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        UI.getCurrent().navigate(SignUpView.class);
        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Konto erstellen")).isVisible()).isTrue();
    }

    @Test
    void aSignedInAthletesChoiceIsRememberedWithTheirAccountAndWinsOverTheBrowser() {
        signInAsAthlete();
        UI.getCurrent().navigate(MyRoutinesView.class);
        assertThat(menuItems()).contains("My routines", "My history");

        _setValue(_get(LanguageMenu.class), Language.SPANISH);

        assertThat(jdbc.queryForObject("select language from user_account where email = ?", String.class, ATHLETE.email()))
                .isEqualTo("es");

        // a later visit from a browser that asks for English: the account's Spanish wins
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        VaadinSession.getCurrent().setAttribute("limber.language.account-choice-read", null);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(MyRoutinesView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.of("es"));
        assertThat(menuItems()).contains("Mis rutinas", "Mi historial", "Ajustes");
        assertThat(_get(MainLayout.class)).isNotNull();
    }

    private static java.util.List<String> menuItems() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** A browser session that Vaadin started in this language; the page opens again in it. */
    private static void speak(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
