package app.limber.browser;

import app.limber.support.BrowserTest;
import app.limber.support.EmbeddedDatabase;
import app.limber.support.PackagedLimber;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In real Chromium, against a Limber and a PostgreSQL of its own that the test stops and
 * starts again: nothing typed in the editor is lost when the database goes away, when the
 * server goes away, or when the session expires, and the editor never says "saved" before it is.
 */
class EditorThroughFaultsBrowserIT extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions LONG = new LocatorAssertions.HasTextOptions().setTimeout(60_000);
    private static final LocatorAssertions.HasTextOptions SHOWN = new LocatorAssertions.HasTextOptions().setUseInnerText(true);
    private static final String DEMO_ROUTINE = "Post-run static cool-down";

    @Test
    void withTheDatabaseStoppedTheNoteSaysNotSavedAndIsStoredOnceTheDatabaseIsBack() throws Exception {
        Path data = Files.createTempDirectory("limber-db-outage");
        int databasePort = PackagedLimber.freePort();
        EmbeddedPostgres database = EmbeddedDatabase.persistentIn(data, databasePort);
        try (PackagedLimber app = PackagedLimber.start(EmbeddedDatabase.jdbcUrl(database), PackagedLimber.freePort(), Map.of());
             BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            String editor = openDemoRoutine(page, app);
            page.locator(".limber-step-toggle").first().click();
            Locator status = page.locator(".limber-save-status");
            assertThat(status).hasText("All changes saved");

            database.close();
            Locator note = page.getByLabel("Note for the athlete");
            note.fill("Typed while the database was down");

            Locator notSaved = page.locator(".limber-field-feedback[data-kind='not-saved']");
            assertThat(notSaved).containsText("no connection to the database", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(status).hasText("Not saved: no connection to the database", SHOWN);
            assertThat(note).hasValue("Typed while the database was down");
            screenshot(page, "routine-editor-database-down.png");

            database = EmbeddedDatabase.persistentIn(data, databasePort);
            // sent again by itself once the database answers
            assertThat(status).hasText("All changes saved", LONG);
            assertThat(notSaved).isHidden();

            page.reload();
            page.locator(".limber-step-toggle").first().click();
            assertThat(page.getByLabel("Note for the athlete")).hasValue("Typed while the database was down");
            assertThat(page).hasURL(editor);
        } finally {
            database.close();
        }
    }

    @Test
    void withTheServerStoppedWhatWasTypedIsOfferedBackAfterTheRestart() throws Exception {
        EmbeddedPostgres database = EmbeddedDatabase.persistentIn(Files.createTempDirectory("limber-server-outage"));
        int port = PackagedLimber.freePort();
        PackagedLimber app = PackagedLimber.start(EmbeddedDatabase.jdbcUrl(database), port, Map.of());
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.onDialog(dialog -> dialog.accept()); // "leave the page?" while something is unsaved: yes
            String editor = openDemoRoutine(page, app);
            page.locator(".limber-step-toggle").first().click();

            app.close();
            page.getByLabel("Note for the athlete").fill("Typed while the server was down");
            app = PackagedLimber.start(EmbeddedDatabase.jdbcUrl(database), port, Map.of());

            page.navigate(editor);
            logInHere(page, app);
            page.navigate(editor);
            Locator offer = page.locator(".limber-field-feedback[data-kind='offer']");
            assertThat(offer).containsText("Typed while the server was down");
            screenshot(page, "routine-editor-offered-back.png");
            offer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use it")).click();
            assertThat(page.locator(".limber-save-status")).hasText("All changes saved");

            page.reload();
            page.locator(".limber-step-toggle").first().click();
            assertThat(page.getByLabel("Note for the athlete")).hasValue("Typed while the server was down");
            assertThat(offer).hasCount(0);
        } finally {
            app.close();
            database.close();
        }
    }

    @Test
    void aTitleTypedAfterTheSessionExpiredIsOfferedBackAfterLogIn() throws Exception {
        EmbeddedPostgres database = EmbeddedDatabase.persistentIn(Files.createTempDirectory("limber-session-expiry"));
        try (PackagedLimber app = PackagedLimber.start(EmbeddedDatabase.jdbcUrl(database), PackagedLimber.freePort(),
                Map.of("SERVER_SERVLET_SESSION_TIMEOUT", "1m"));
             BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.onDialog(dialog -> dialog.accept());
            String editor = openDemoRoutine(page, app);

            // the scenario itself: a minute and a bit goes by with the editor open and untouched
            page.waitForTimeout(65_000);
            page.getByLabel("Title").fill("Typed after the session ended");

            assertThat(page).hasURL(Pattern.compile("/login"), new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(30_000));
            logInHere(page, app);
            page.navigate(editor);
            Locator offer = page.locator(".limber-field-title .limber-field-feedback[data-kind='offer']");
            assertThat(offer).containsText("Typed after the session ended");
            offer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use it")).click();
            assertThat(page.locator(".limber-save-status")).hasText("All changes saved");
            page.reload();
            assertThat(page.getByLabel("Title")).hasValue("Typed after the session ended");
        } finally {
            database.close();
        }
    }

    private static String openDemoRoutine(Page page, PackagedLimber app) {
        page.navigate(app.url("/login"));
        logInHere(page, app);
        page.navigate(app.url("/routines"));
        page.locator(".limber-routine-title").filter(new Locator.FilterOptions().setHasText(DEMO_ROUTINE)).first().click();
        assertThat(page).hasURL(Pattern.compile("/routines/\\d+$"));
        assertThat(page.locator(".limber-step").first()).isVisible();
        return page.url();
    }

    /** Logs in on the login page the browser is on (or is sent to). */
    private static void logInHere(Page page, PackagedLimber app) {
        assertThat(page).hasURL(Pattern.compile("/login"));
        page.getByLabel("Email").fill("coach@limber.test");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("limber-coach-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        try {
            assertThat(page.locator(".limber-user-name")).hasCount(1);
        } catch (AssertionError notIn) {
            screenshot(page, "log-in-failed.png");
            throw new AssertionError(notIn.getMessage() + "\nLimber's log:\n" + app.log().lines()
                    .skip(Math.max(0, app.log().lines().count() - 40)).reduce("", (a, b) -> a + b + "\n"), notIn);
        }
    }
}
