package app.limber.browser;

import app.limber.support.Axe;
import app.limber.support.BrowserTest;
import app.limber.support.EmbeddedDatabase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view scanned by axe-core in light and dark (reports in target/axe/): a visitor's login
 * and sign-up, the coach's screens, someone with an invite or a share link, and the athlete's
 * screens through the player. All findings are gathered first and listed together.
 */
class AccessibilityBrowserIT extends BrowserTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(EmbeddedDatabase.forTests().getPostgresDatabase());
    private final List<String> findings = new ArrayList<>();

    @Test
    void everyViewHasNoSeriousOrCriticalFindingInLightAndDark() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException failed) {
            java.nio.file.Files.createDirectories(Axe.REPORTS);
            java.nio.file.Files.writeString(Axe.REPORTS.resolve("limber.log"), limber.log());
            throw failed;
        }
    }

    private void journey() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page visitor = context.newPage();
            visitor.navigate(limber.url("/login"));
            assertThat(visitor.getByLabel("Email")).isVisible();
            scan(visitor, "login");
            visitor.navigate(limber.url("/signup"));
            assertThat(visitor.getByLabel("Email")).isVisible();
            scan(visitor, "signup");
        }

        String title = twoStepRoutineGivenToAna(jdbc, "Axe check", routineId -> jdbc.update("update routine_step set hold_seconds = 2,"
                + " reps = 1, sides = 'BOTH_AT_ONCE', second_side_hold_seconds = null, rest_seconds = 0 where routine_id = ?", routineId));
        String invite;
        String share;

        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page coach = context.newPage();
            logIn(coach, "coach@limber.test", "limber-coach-demo");
            coach.navigate(limber.url("/home"));
            assertThat(coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Home").setExact(true))).isVisible();
            scan(coach, "coach-home");

            coach.navigate(limber.url("/library"));
            // 46 built-in, and any the coach added in an earlier test
            assertThat(coach.locator(".limber-result-count")).hasText(Pattern.compile("^\\d+ stretches$"));
            assertThat(coach.locator(".limber-stretch-list a").first()).isVisible();
            scan(coach, "library");
            coach.navigate(limber.url("/library?q=cactus"));
            coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upper back opener (cactus arms)").setExact(true)).click();
            assertThat(coach.getByText("When to stop")).isVisible();
            scan(coach, "stretch");
            coach.navigate(limber.url("/library/edit"));
            assertThat(coach.getByLabel("Name")).isVisible();
            scan(coach, "stretch-editor");

            coach.navigate(limber.url("/routines"));
            assertThat(coach.getByText(title)).isVisible();
            scan(coach, "routines");
            coach.getByText(title).click();
            assertThat(coach).hasURL(Pattern.compile("/routines/\\d+$"));
            assertThat(coach.locator(".limber-publish-state")).containsText("Published");
            scan(coach, "routine-editor");
            String editor = coach.url();
            coach.navigate(editor + "/versions");
            assertThat(coach.getByText("Ana Athlete").first()).isVisible();
            scan(coach, "versions");
            coach.navigate(editor + "/share");
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create share link")).click();
            Locator address = coach.getByLabel("Share link").first();
            assertThat(address).hasValue(Pattern.compile("/s/[A-Za-z0-9_-]{22}$"));
            share = address.inputValue();
            scan(coach, "share-links");

            coach.navigate(limber.url("/athletes"));
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New invite link")).click();
            Locator link = coach.getByLabel("Invite link").first();
            assertThat(link).hasValue(Pattern.compile("/join/[A-Za-z0-9_-]{22}$"));
            invite = link.inputValue();
            scan(coach, "athletes");
            coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ana Athlete").setExact(true)).first().click();
            assertThat(coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ana Athlete"))).isVisible();
            scan(coach, "athlete");
        }

        try (BrowserContext context = browser.newContext(390, 844)) {
            Page visitor = context.newPage();
            visitor.navigate(invite);
            assertThat(visitor.getByLabel("Your name")).isVisible();
            scan(visitor, "join");
            visitor.navigate(share);
            assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
            scan(visitor, "shared-routine");
            // one tap: the countdown runs
            visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
            assertThat(visitor.locator(".limber-clock-counter")).hasText("Step 1 of 2");
            scan(visitor, "shared-player");
        }

        try (BrowserContext context = browser.newContext(390, 844)) {
            Page ana = context.newPage();
            logIn(ana, "ana@limber.test", "limber-athlete-demo");
            ana.navigate(limber.url("/my-routines"));
            assertThat(ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start " + title))).isVisible();
            scan(ana, "my-routines");
            ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).click();
            assertThat(ana).hasURL(Pattern.compile("/my-routines/\\d+$"));
            scan(ana, "assigned-routine");
            // the player's overview, opened at its address (not through a Start)
            String routinePage = ana.url();
            ana.navigate(routinePage + "/play");
            assertThat(ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true))).isVisible();
            scan(ana, "player-overview");
            ana.navigate(limber.url("/my-routines"));
            ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start " + title)).click();
            assertThat(ana.locator(".limber-clock-counter")).hasText("Step 1 of 2");
            scan(ana, "player-step");
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish")).click();
            assertThat(ana.locator(".limber-player-summary")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            scan(ana, "player-done");
            ana.navigate(limber.url("/my-history"));
            assertThat(ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My history"))).isVisible();
            scan(ana, "my-history");
        }

        assertThat(findings).as("axe-core findings of any impact (reports in target/axe)").isEmpty();
    }

    /**
     * Scans the view in light and dark, and takes its pictures: at 1280 × 800 and 390 × 844 in
     * light, and at the size it was opened in dark (target/screenshots/a11y-*).
     */
    private void scan(Page page, String view) {
        findings.addAll(Axe.scan(page, view));
        var size = page.viewportSize();
        for (int[] other : new int[][]{{1280, 800}, {390, 844}}) {
            page.setViewportSize(other[0], other[1]);
            page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            screenshot(page, "a11y-" + view + "-" + other[0] + ".png");
        }
        page.setViewportSize(size.width, size.height);
        Axe.inScheme(page, "dark", () -> screenshot(page, "a11y-" + view + "-" + size.width + "-dark.png"));
    }
}
