package app.limber.browser;

import app.limber.account.Language;
import app.limber.support.Axe;
import app.limber.support.BrowserTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Limber in the reader's language, from what their browser asks for: a coach whose browser
 * speaks German at 1280 × 800, an athlete whose phone speaks Spanish at 390 × 844. Each page is
 * in that language (its words, its {@code <html lang>}), axe finds nothing in light or dark, and
 * screenshots show it.
 */
class LanguagesBrowserIT extends BrowserTest {

    @Test
    void aCoachWhoseBrowserSpeaksGermanReadsLimberInGerman() {
        try (BrowserContext context = browser.newContext(1280, 800, "de-DE")) {
            Page coach = context.newPage();
            coach.navigate(limber.url("/login"));
            assertThat(coach.locator("html")).hasAttribute("lang", "de");
            assertThat(coach.getByText("Dehnroutinen von deinem Trainer, Schritt für Schritt.")).isVisible();
            Axe.check(coach, "login-de");
            screenshot(coach, "login-de-1280.png");

            logIn(coach, "coach@limber.test", "limber-coach-demo", Language.GERMAN);
            Locator sections = coach.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Bereiche"));
            assertThat(sections.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bibliothek"))).isVisible();
            // the language menu is inside the navigation landmark (axe's region rule), named in German
            assertThat(sections.locator("vaadin-select.limber-drawer-language")).hasJSProperty("accessibleName", "Sprache");
            assertThat(sections.locator("vaadin-select.limber-drawer-language")).isVisible();
            assertThat(coach.locator("html")).hasAttribute("lang", "de");
            Axe.check(coach, "coach-home-de");
            screenshot(coach, "coach-home-de-1280.png");
            Axe.inScheme(coach, "dark", () -> screenshot(coach, "coach-home-de-1280-dark.png"));

            coach.navigate(limber.url("/library"));
            assertThat(coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text("library.title")).setLevel(1))).isVisible();
            assertThat(coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neue Dehnübung"))).isVisible();
            // the body map the browser draws names its regions and figures in German
            Locator bodyMap = coach.locator(".limber-library-map limber-body-map");
            assertThat(bodyMap).hasAttribute("aria-label", "Körperkarte: Muskeln wählen");
            assertThat(bodyMap.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hintere Oberschenkel").setExact(true))).isVisible();
            assertThat(bodyMap.locator("text")).hasText(new String[]{"Vorne", "Hinten"});
            Axe.check(coach, "library-de");
            screenshot(coach, "library-de-1280.png");

            coach.navigate(limber.url("/routines"));
            assertThat(coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Routinen").setLevel(1))).isVisible();
            assertThat(coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neue Routine"))).isVisible();
            Axe.check(coach, "routines-de");
            screenshot(coach, "routines-de-1280.png");

            coach.locator("vaadin-card").first().getByRole(AriaRole.LINK).first().click();
            assertThat(coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text("routine-editor.heading")).setLevel(1))).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
            assertThat(coach.getByLabel(text("routine-editor.title")).first()).isVisible();
            Axe.check(coach, "routine-editor-de");
            screenshot(coach, "routine-editor-de-1280.png");
            Axe.inScheme(coach, "dark", () -> screenshot(coach, "routine-editor-de-1280-dark.png"));
        }
    }

    private static String text(String key) {
        return app.limber.base.Translations.text(Language.GERMAN, key);
    }

    @Test
    void anAthleteWhosePhoneSpeaksSpanishReadsLimberInSpanish() {
        try (BrowserContext context = browser.newContext(390, 844, "es-ES")) {
            Page ana = context.newPage();
            logIn(ana, "ana@limber.test", "limber-athlete-demo", Language.SPANISH);
            assertThat(ana.locator("html")).hasAttribute("lang", "es");
            ana.navigate(limber.url("/my-routines"));
            assertThat(ana.locator("html")).hasAttribute("lang", "es");
            assertThat(ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mis rutinas").setLevel(1))).isVisible();
            // Vaadin's own message when the phone loses its connection is in Spanish too
            org.assertj.core.api.Assertions.assertThat(ana.evaluate("() => window.Vaadin.connectionIndicator.offlineText"))
                    .isEqualTo("Sin conexión");
            Axe.check(ana, "my-routines-es");
            screenshot(ana, "my-routines-es-390.png");
            Axe.inScheme(ana, "dark", () -> screenshot(ana, "my-routines-es-390-dark.png"));

            // the player: its overview, then a step with its clock, in Spanish
            Locator startLink = ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Empezar "))).first();
            assertThat(startLink).isVisible();
            // its Start plays at once; the routine's own page (without ?start) shows the overview first
            ana.navigate(limber.url("/" + startLink.getAttribute("href").replace("?start", "")));
            Locator start = ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                    app.limber.base.Translations.text(Language.SPANISH, "player.overview.start")).setExact(true));
            assertThat(start).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
            assertThat(ana.locator("html")).hasAttribute("lang", "es");
            Axe.check(ana, "player-overview-es");
            screenshot(ana, "player-overview-es-390.png");
            start.click();
            assertThat(ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Siguiente").setExact(true))).isVisible();
            assertThat(ana.getByText("Paso 1 de ")).isVisible();
            Axe.check(ana, "player-step-es");
            screenshot(ana, "player-step-es-390.png");
            Axe.inScheme(ana, "dark", () -> screenshot(ana, "player-step-es-390-dark.png"));
        }
    }
}
