package app.limber.browser;

import app.limber.support.Axe;
import app.limber.support.BrowserTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar in real Chromium: the demo coach logs in, sees the layout on a laptop
 * and on a phone, in light and dark, and logs out. Screenshots land in target/screenshots.
 */
class CoachLoginBrowserIT extends BrowserTest {

    @Test
    void theDemoCoachLogsInSeesTheLayoutAndLogsOut() {
        assertThat(limber.log()).contains("coach@limber.test / limber-coach-demo");
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.navigate(limber.url("/library"));
            assertThat(page).hasURL(limber.url("/login"));
            assertThat(page.getByLabel("Email")).isVisible();
            screenshot(page, "login.png");
            Axe.check(page, "login-journey");

            page.getByLabel("Email").fill("coach@limber.test");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("limber-coach-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

            // back where the coach was headed, with a clean address
            assertThat(page).hasURL(limber.url("/library"));
            assertThat(page.locator("vaadin-side-nav-item")).containsText(new String[]{"Library", "Routines", "Athletes"});
            assertThat(page.locator(".limber-user-name")).hasText("Casey Coach");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Stretch library"))).isVisible();
            assertThat(page.locator(".limber-result-count")).hasText(demoCoachLibraryCount());
            screenshot(page, "coach-library.png");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark")).click();
            assertThat(page.locator("html")).hasAttribute("theme", "dark");
            page.reload();
            assertThat(page.locator("html")).hasAttribute("theme", "dark");
            screenshot(page, "coach-library-dark.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to light")).click();
            assertThat(page.locator("html")).hasAttribute("theme", "light");

            page.navigate(limber.url("/my-routines"));
            assertThat(page.getByText("Nothing here")).isVisible();
            page.navigate(limber.url("/no-such-page"));
            assertThat(page.getByText("Nothing here")).isVisible();

            page.navigate(limber.url("/library"));
            // the view is drawn (and the button wired) before the click
            assertThat(page.locator(".limber-result-count")).hasText(demoCoachLibraryCount());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
            assertThat(page).hasURL(limber.url("/login"));
            page.navigate(limber.url("/library"));
            assertThat(page).hasURL(limber.url("/login"));
        }
    }

    @Test
    void aNewCoachSignsUpAndIsSignedInOnTheHomesFirstSteps() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.navigate(limber.url("/signup"));
            Axe.check(page, "signup-journey");
            page.getByLabel("Email").fill("nora@example.com");
            page.getByLabel("Your name").fill("Nora Coach \uD83C\uDFC3");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("nora-password-1234");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

            // signed in straight away, no second login, on the home's first steps
            assertThat(page).hasURL(limber.url("/home"));
            assertThat(page.locator(".limber-user-name")).hasText("Nora Coach \uD83C\uDFC3");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your first athlete session, in four steps"))).isVisible();
            // the avatar's initials are whole characters: N and the runner, not half of it
            assertThat((String) page.locator("vaadin-avatar").evaluate("avatar => avatar.abbr")).isEqualTo("N\uD83C\uDFC3");
            screenshot(page, "signup-home-first-steps-1280.png");
            Axe.check(page, "coach-home-first-steps");
            page.setViewportSize(390, 844);
            screenshot(page, "signup-home-first-steps-390.png");
        }
    }

    @Test
    void onAPhoneTheNavigationFoldsIntoADrawer() {
        try (BrowserContext context = browser.newContext(360, 640)) {
            Page page = context.newPage();
            logIn(page, "ana@limber.test", "limber-athlete-demo");

            assertThat(page).hasURL(limber.url("/my-routines"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My routines"))).isVisible();
            assertThat(page.locator("vaadin-side-nav-item").first()).not().isInViewport();
            screenshot(page, "athlete-phone.png");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
            assertThat(page.locator("vaadin-side-nav-item")).containsText(new String[]{"My routines", "My history"});
            assertThat(page.locator("vaadin-side-nav-item").first()).isInViewport();
            screenshot(page, "athlete-phone-menu.png");

            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing sticks out sideways on a 360 px phone").isTrue();
        }
    }
}
