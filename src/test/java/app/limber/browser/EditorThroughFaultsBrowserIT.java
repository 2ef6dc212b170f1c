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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    /** A Limber and a PostgreSQL of their own, which the tests stop and start again; each test leaves both running. */
    private static Path data;
    private static int databasePort;
    private static int appPort;
    private static EmbeddedPostgres database;
    private static PackagedLimber app;

    @BeforeAll
    static void startALimberOfItsOwn() throws Exception {
        data = Files.createTempDirectory("limber-faults");
        databasePort = PackagedLimber.freePort();
        database = EmbeddedDatabase.persistentIn(data, databasePort);
        appPort = PackagedLimber.freePort();
        app = PackagedLimber.start(EmbeddedDatabase.jdbcUrl(database), appPort, Map.of());
    }

    @AfterAll
    static void stopIt() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void withTheDatabaseStoppedTheNoteSaysNotSavedAndIsStoredOnceTheDatabaseIsBack() throws Exception {
        boolean databaseDown = false;
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            String editor = openDemoRoutine(page, app);
            page.locator(".limber-step-toggle").first().click();
            Locator status = page.locator(".limber-save-status");
            assertThat(status).hasText("All changes saved");

            database.close();
            databaseDown = true;
            Locator note = page.getByLabel("Note for the athlete");
            note.fill("Typed while the database was down");

            Locator notSaved = page.locator(".limber-field-feedback[data-kind='not-saved']");
            assertThat(notSaved).containsText("no connection to the database", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(status).hasText("Not saved: no connection to the database", SHOWN);
            assertThat(note).hasValue("Typed while the database was down");
            screenshot(page, "routine-editor-database-down.png");

            database = EmbeddedDatabase.persistentIn(data, databasePort);
            databaseDown = false;
            // sent again by itself once the database answers
            assertThat(status).hasText("All changes saved", LONG);
            assertThat(notSaved).isHidden();

            page.reload();
            page.locator(".limber-step-toggle").first().click();
            assertThat(page.getByLabel("Note for the athlete")).hasValue("Typed while the database was down");
            assertThat(page).hasURL(editor);
        } finally {
            if (databaseDown) { // the other test uses this database too
                database = EmbeddedDatabase.persistentIn(data, databasePort);
            }
        }
    }

    @Test
    void withTheServerStoppedWhatWasTypedIsOfferedBackAfterTheRestart() throws Exception {
        boolean serverDown = false;
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.onDialog(dialog -> dialog.accept()); // "leave the page?" while something is unsaved: yes
            String editor = openDemoRoutine(page, app);
            page.locator(".limber-step-toggle").first().click();
            // the step opens with the server's answer: only then is there a note to type in once it is gone
            assertThat(page.getByLabel("Note for the athlete")).isVisible();

            app.close();
            serverDown = true;
            page.getByLabel("Note for the athlete").fill("Typed while the server was down");
            app = PackagedLimber.start(EmbeddedDatabase.jdbcUrl(database), appPort, Map.of());
            serverDown = false;

            page.navigate(editor);
            logInHere(page, app);
            page.navigate(editor);
            Locator offer = page.locator(".limber-field-feedback[data-kind='offer']");
            // the editor's first page on a JVM just started runs cold code: it may take longer than 5 s
            assertThat(offer).containsText("Typed while the server was down", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            screenshot(page, "routine-editor-offered-back.png");
            offer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use it")).click();
            assertThat(page.locator(".limber-save-status")).hasText("All changes saved");

            page.reload();
            page.locator(".limber-step-toggle").first().click();
            assertThat(page.getByLabel("Note for the athlete")).hasValue("Typed while the server was down");
            assertThat(offer).hasCount(0);
        } finally {
            if (serverDown) { // the other tests use this Limber too
                app = PackagedLimber.start(EmbeddedDatabase.jdbcUrl(database), appPort, Map.of());
            }
        }
    }

    /**
     * The session ends on the server while the editor is open and untouched: Tomcat ends an idle
     * session with the same {@code HttpSession.invalidate} that signing out does, so the test signs
     * out in a second tab rather than waiting out a timeout. The editor tab learns of it only on its
     * next request, as after a timeout.
     */
    @Test
    void aTitleTypedAfterTheSessionEndedIsOfferedBackAfterLogIn() throws Exception {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.onDialog(dialog -> dialog.accept());
            String editor = openDemoRoutine(page, app);

            Page otherTab = context.newPage();
            otherTab.navigate(app.url("/routines"));
            otherTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
            assertThat(otherTab).hasURL(Pattern.compile("/login"));
            otherTab.close();

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
            assertThat(page.locator(".limber-user-name")).hasCount(1, SIGNED_IN);
        } catch (AssertionError notIn) {
            screenshot(page, "log-in-failed.png");
            throw new AssertionError(notIn.getMessage() + "\nLimber's log:\n" + app.log().lines()
                    .skip(Math.max(0, app.log().lines().count() - 40)).reduce("", (a, b) -> a + b + "\n"), notIn);
        }
    }
}
