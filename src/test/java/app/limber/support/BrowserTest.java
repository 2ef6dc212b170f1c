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

    /** The journey ran under Limber's Content-Security-Policy without one violation. */
    @org.junit.jupiter.api.AfterEach
    void noContentSecurityPolicyViolations() {
        org.assertj.core.api.Assertions.assertThat(browser.takeCspViolations())
                .as("Content-Security-Policy violations reported by Chromium").isEmpty();
    }

    protected static void logIn(Page page, String email, String password) {
        logIn(page, email, password, app.limber.account.Language.ENGLISH);
    }

    /** Logs in on a login page shown in this language (the browser asks for it), by its words there. */
    protected static void logIn(Page page, String email, String password, app.limber.account.Language language) {
        page.navigate(limber.url("/login"));
        page.getByLabel(app.limber.base.Translations.text(language, "login.email")).fill(email);
        page.getByLabel(app.limber.base.Translations.text(language, "login.password"), new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(app.limber.base.Translations.text(language, "login.submit"))).click();
        // signed in: the first sign-in of a Limber just started (a cold JVM, the password hash) can take a
        // while on a busy machine, so it waits longer than Playwright's 5 s before it calls it failed
        assertThat(page.locator(".limber-user-name")).hasCount(1, SIGNED_IN);
    }

    /** How long a sign-in may take before a test calls it failed. */
    public static final com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions SIGNED_IN =
            new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(30_000);

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

    /**
     * "43 stretches": what the library says it holds for the demo coach now, the built-ins and
     * the coach's own (other browser tests may have added some), counted in the database.
     */
    protected static String demoCoachLibraryCount() {
        Integer count = new org.springframework.jdbc.core.JdbcTemplate(EmbeddedDatabase.forTests().getPostgresDatabase()).queryForObject("""
                select count(*) from stretch
                where not archived and (owner_id is null
                      or owner_id = (select id from user_account where email = 'coach@limber.test'))""", Integer.class);
        return count + (count == 1 ? " stretch" : " stretches");
    }

    /** A picture of one part of the page only, such as a body map. */
    protected static void screenshot(Locator part, String name) {
        part.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    /**
     * Casey makes a two-step routine from the "Calf-cramp relief mid-run" template, has its doses
     * shortened in the database (typing doses is RoutineEditorBrowserIT's job; short holds keep
     * a played-out step short), publishes it and gives it to Ana.
     *
     * @param shortenDoses given the routine's id, changes its steps' doses
     * @return the routine's title: the prefix and its id
     */
    protected static String twoStepRoutineGivenToAna(org.springframework.jdbc.core.JdbcTemplate jdbc, String titlePrefix,
                                                     java.util.function.LongConsumer shortenDoses) {
        try (com.microsoft.playwright.BrowserContext context = browser.newContext(1400, 900)) {
            Page coach = context.newPage();
            logIn(coach, "coach@limber.test", "limber-coach-demo");
            coach.navigate(limber.url("/routines"));
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start from a template")).first().click();
            coach.locator("vaadin-card").filter(new Locator.FilterOptions().setHasText("Calf-cramp relief mid-run"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use this template")).click();
            // the first routine made in a fresh app (and on a loaded machine) can take longer than the default 5 s
            assertThat(coach).hasURL(java.util.regex.Pattern.compile("/routines/\\d+$"),
                    new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(15_000));
            long routineId = Long.parseLong(coach.url().replaceAll(".*/", ""));
            String title = titlePrefix + " " + routineId;
            jdbc.update("delete from routine_step where routine_id = ? and position >= 2", routineId);
            // the template holds its knee bend until it releases: these routines use fixed holds unless a test says otherwise
            jdbc.update("update routine_step set until_released = false where routine_id = ?", routineId);
            shortenDoses.accept(routineId);
            jdbc.update("update routine set title = ? where id = ?", title, routineId);
            coach.reload();
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
            coach.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();
            assertThat(coach.locator(".limber-publish-state")).containsText("Published");
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give to athletes")).click();
            coach.getByLabel("Ana Athlete").check();
            coach.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
            assertThat(coach.getByText("1 athlete has this routine.")).isVisible();
            return title;
        }
    }
}
