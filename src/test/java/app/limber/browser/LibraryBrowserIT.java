package app.limber.browser;

import app.limber.support.Browser;
import app.limber.support.PackagedLimber;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The library in real Chromium: body-map clicks and keys filter, the address keeps the filter, a stretch opens. */
class LibraryBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static PackagedLimber limber;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        limber = PackagedLimber.start();
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (limber != null) {
            limber.close();
        }
    }

    @Test
    void theBodyMapFiltersByClickAndByKeyboardAndTheAddressRemembers() {
        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page page = context.newPage();
            logInAsDemoCoach(page);
            page.navigate(limber.url("/library"));
            Locator count = page.locator(".limber-result-count");
            assertThat(count).hasText("42 stretches");

            page.locator(".limber-library-map [data-muscle='GLUTES']").first().click();

            assertThat(page).hasURL(Pattern.compile("/library\\?muscle=glutes$"));
            assertThat(count).not().hasText("42 stretches");
            assertThat(page.locator(".limber-library-map [data-muscle='GLUTES'].selected").first()).isVisible();
            String glutesOnly = count.textContent();

            page.locator(".limber-library-map [data-muscle='SIDE'][tabindex='0']").focus();
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile("muscle=glutes&muscle=side$"));
            assertThat(count).not().hasText(glutesOnly);
            String glutesOrSide = count.textContent();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("library-filtered.png")));

            page.reload();
            assertThat(page.locator(".limber-library-map [data-muscle='SIDE'].selected").first()).isVisible();
            assertThat(count).hasText(glutesOrSide);

            page.navigate(limber.url("/library?q=cactus"));
            assertThat(count).hasText("1 stretch");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upper back opener (cactus arms)")).click();
            assertThat(page).hasURL(Pattern.compile("/library/stretch/\\d+$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Upper back opener (cactus arms)"))).isVisible();
            assertThat(page.getByText("When to stop")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("stretch-page.png")));
        }
    }

    private static void logInAsDemoCoach(Page page) {
        page.navigate(limber.url("/login"));
        page.getByLabel("Email").fill("coach@limber.test");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("limber-coach-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator(".limber-user-name")).isVisible();
    }
}
