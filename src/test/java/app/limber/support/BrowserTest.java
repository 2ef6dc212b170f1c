package app.limber.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
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

    /**
     * Drags one element onto another with the mouse, as a person does: press on the source,
     * move a little so the browser starts the drag there, then move onto the target and let
     * go. (Playwright's dragTo scrolls to the target before the drag starts, which can start
     * it on whatever is then under the pointer.)
     */
    protected static void drag(Page page, Locator source, Locator target) {
        source.scrollIntoViewIfNeeded();
        var from = source.boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse().move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, new Mouse.MoveOptions().setSteps(5));
        target.scrollIntoViewIfNeeded();
        var to = target.boundingBox();
        page.mouse().move(to.x + to.width / 2, to.y + to.height / 2, new Mouse.MoveOptions().setSteps(10));
        page.mouse().up();
    }

    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }
}
