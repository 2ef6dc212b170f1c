package app.limber.browser;

import app.limber.support.Axe;
import app.limber.support.BrowserTest;
import app.limber.support.EmbeddedDatabase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium, as Ana on a 390 × 844 phone, with the page's clock under the test's control:
 * two steps held until they release. The first runs to its maximum, stops counting and suggests
 * stopping (Next goes on); in the second she taps Released. The session log keeps how each went.
 */
class UntilItReleasesBrowserIT extends BrowserTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(EmbeddedDatabase.forTests().getPostgresDatabase());

    private static final LocatorAssertions.HasTextOptions WITHIN_15_S = new LocatorAssertions.HasTextOptions().setTimeout(15_000);

    @Test
    void aHoldUntilItReleasesCountsUpStopsAtItsMaximumAndEndsOnReleased() {
        String title = twoStepRoutineGivenToAna(jdbc, "Cramp release check", routineId -> jdbc.update(
                "update routine_step set until_released = true, release_max_seconds = 30, reps = 1, sides = 'BOTH_AT_ONCE',"
                        + " second_side_hold_seconds = null, rest_seconds = 0 where routine_id = ?", routineId));
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from session_log", Long.class);
        try (BrowserContext context = browser.newContext(390, 844)) {
            Page ana = context.newPage();
            // the page's time flows as usual until the test moves it on
            ana.clock().install();
            logIn(ana, "ana@limber.test", "limber-athlete-demo");
            ana.navigate(limber.url("/my-routines"));
            ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start " + title)).click();
            Locator phase = ana.locator(".limber-clock-phase");
            Locator time = ana.locator(".limber-clock-time");
            Locator released = ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Released"));
            assertThat(phase).hasText("Get ready");
            assertThat(released).isHidden();

            // getting ready runs in real time (the server counts it); then the hold counts up
            assertThat(phase).hasText("Until it releases", WITHIN_15_S);
            assertThat(time).hasText("0:02", WITHIN_15_S);
            assertThat(released).isVisible();

            // the cramp does not let go: the maximum, where counting stops and stopping is suggested
            ana.clock().fastForward(30_000);
            assertThat(phase).hasText("Still cramping after 30 s");
            assertThat(ana.locator(".limber-clock-detail")).hasText("Stop here, and get help if it keeps coming back. Or go on with Next.");
            assertThat(time).hasText("0:30");
            assertThat(released).isHidden();
            Locator stopHere = ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop here"));
            assertThat(stopHere).isVisible();
            screenshot(ana, "release-max-390-light.png");
            Axe.check(ana, "player-release-max");
            ana.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(ana, "release-max-390-dark.png");
            ana.evaluate("document.documentElement.removeAttribute('theme')");
            ana.clock().runFor(10_000);
            assertThat(time).hasText("0:30"); // no more counting

            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true)).click();
            assertThat(ana.locator(".limber-clock-counter")).hasText("Step 2 of 2");
            assertThat(phase).hasText("Until it releases", WITHIN_15_S);
            assertThat(time).hasText("0:03", WITHIN_15_S);
            screenshot(ana, "release-counting-390-light.png");
            Axe.check(ana, "player-release");
            ana.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(ana, "release-counting-390-dark.png");
            ana.evaluate("document.documentElement.removeAttribute('theme')");

            released.click();
            assertThat(ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
                    java.util.regex.Pattern.compile("Done!|Session ended"));
        }
        Map<String, Object> log = jdbc.queryForMap("""
                select (steps -> 0 -> 'release' ->> 'released')::int as first, (steps -> 1 -> 'release' ->> 'released')::int as second,
                       (steps -> 1 -> 'release' ->> 'seconds')::int as second_seconds
                from session_log where id > ? order by id desc limit 1""", before);
        assertThat(log).containsEntry("first", 0).containsEntry("second", 1);
        assertThat((Integer) log.get("second_seconds")).isBetween(1, 30);
    }

    /**
     * Ana at 390 × 844 takes "Easier" on the calf-cramp lunge while it gets ready: the knee bend
     * shows with the same dose, and once she finishes her coach reads which easier version she took.
     */
    @Test
    void anAthleteTakesTheEasierVersionOfAStepAndHerCoachSeesIt() {
        String title = twoStepRoutineGivenToAna(jdbc, "Easier check", routineId -> {
            jdbc.update("update routine_step set hold_seconds = 5, reps = 1, sides = 'BOTH_AT_ONCE', second_side_hold_seconds = null,"
                    + " rest_seconds = 0 where routine_id = ?", routineId);
            jdbc.update("update routine_step set stretch_id = (select id from stretch where owner_id is null"
                    + " and slug = 'standing-lunge-calf-cramp-release') where routine_id = ? and position = 1", routineId);
        });
        String lunge = jdbc.queryForObject("select name from stretch where owner_id is null and slug = 'standing-lunge-calf-cramp-release'", String.class);
        String kneeBend = jdbc.queryForObject("select name from stretch where owner_id is null and slug = 'standing-knee-bend-calf-stretch'", String.class);
        long ana = jdbc.queryForObject("select id from user_account where email = 'ana@limber.test'", Long.class);
        try (BrowserContext context = browser.newContext(390, 844)) {
            Page page = context.newPage();
            page.clock().install();
            logIn(page, "ana@limber.test", "limber-athlete-demo");
            page.navigate(limber.url("/my-routines"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start " + title)).click();
            Locator counter = page.locator(".limber-clock-counter");
            Locator easier = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Easier"));
            assertThat(counter).hasText("Step 1 of 2");
            assertThat(easier).isHidden();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true)).click();
            assertThat(counter).hasText("Step 2 of 2");
            assertThat(page.locator(".limber-clock-name")).hasText(lunge);

            var box = easier.boundingBox();
            assertThat(box.height).as("a tap target on a phone").isGreaterThanOrEqualTo(44);
            easier.click();
            assertThat(page.locator(".limber-player-easier-note")).hasText("The easier version of " + lunge);
            assertThat(page.locator(".limber-clock-name")).hasText(kneeBend);
            assertThat(page.locator(".limber-clock-phase")).hasText("Get ready");
            Locator original = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Original"));
            assertThat(original).isVisible();
            screenshot(page, "player-easier-390-light.png");
            Axe.check(page, "player-easier");
            page.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(page, "player-easier-390-dark.png"); // Axe.check above scanned light and dark
            page.evaluate("document.documentElement.removeAttribute('theme')");

            // the hold begins: the choice is fixed, Original goes
            // (getting ready runs in real time, as the server counts it)
            assertThat(page.locator(".limber-clock-phase")).hasText("Hold", WITHIN_15_S);
            assertThat(original).isHidden();
            page.clock().fastForward(6_000);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Session ended");
            assertThat(page.locator(".limber-player-summary")).containsText("You took the easier version of " + lunge + ": " + kneeBend + ".");
        }
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page coach = context.newPage();
            logIn(coach, "coach@limber.test", "limber-coach-demo");
            coach.navigate(limber.url("/athletes/" + ana));
            Locator step = coach.locator(".limber-session-steps li").filter(new Locator.FilterOptions()
                    .setHasText("took the easier version: " + kneeBend)).first();
            assertThat(step).isVisible();
            assertThat(step).containsText(lunge + ": ");
            step.scrollIntoViewIfNeeded();
            screenshot(coach, "athlete-easier-1280-light.png");
            Axe.check(coach, "athlete-easier");
            coach.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(coach, "athlete-easier-1280-dark.png");
        }
    }
}
