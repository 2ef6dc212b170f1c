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
        }
    }

    @Test
    void anAthleteWhosePhoneSpeaksSpanishReadsLimberInSpanish() {
        try (BrowserContext context = browser.newContext(390, 844, "es-ES")) {
            Page ana = context.newPage();
            logIn(ana, "ana@limber.test", "limber-athlete-demo", Language.SPANISH);
            assertThat(ana.locator("html")).hasAttribute("lang", "es");
            ana.navigate(limber.url("/my-routines"));
            assertThat(ana.locator("html")).hasAttribute("lang", "es");
            Axe.check(ana, "my-routines-es");
            screenshot(ana, "my-routines-es-390.png");
            Axe.inScheme(ana, "dark", () -> screenshot(ana, "my-routines-es-390-dark.png"));
        }
    }
}
