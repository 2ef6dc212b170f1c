package app.limber.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base of the browser tests: one packaged Limber (with the demo accounts) and one headless
 * Chromium for the whole test JVM, started on first use and stopped when the JVM ends.
 * Each test opens its own browser context, so no cookies are shared. Screenshots go to
 * {@code target/screenshots}.
 */
public abstract class BrowserTest {

    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected static PackagedLimber limber;
    protected static Browser browser;

    @BeforeAll
    static synchronized void startLimberAndChromium() throws Exception {
        if (limber == null) {
            Files.createDirectories(SCREENSHOTS);
            limber = PackagedLimber.start();
            browser = Browser.launch();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                try {
                    limber.close();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
    }

    protected static void logIn(Page page, String email, String password) {
        page.navigate(limber.url("/login"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator(".limber-user-name")).hasCount(1);
    }

    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }
}
