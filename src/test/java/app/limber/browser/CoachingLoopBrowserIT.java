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

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coaching loop closes, in real Chromium against the packaged app: Ana, on a 390 × 844 phone,
 * plays a routine, skips a step and reports pain 6 at the left hamstring with a note; Casey, at
 * 1280 × 800, finds the partial session with that pain and note on the coach home under "Needs
 * attention", opens Ana, replies and acknowledges; Ana reads the reply.
 */
class CoachingLoopBrowserIT extends BrowserTest {

    private static final String NOTE = "Left hamstring pulled a bit on the last rep";
    private static final String REPLY = "Thanks, Ana. Skip the hamstring stretch tomorrow and tell me how it feels.";

    private final JdbcTemplate jdbc = new JdbcTemplate(EmbeddedDatabase.forTests().getPostgresDatabase());

    @Test
    void whatTheAthleteReportsReachesTheCoachAndTheCoachsReplyReachesTheAthlete() {
        String title = twoStepRoutineGivenToAna();
        String skipped;

        // 1. Ana plays it on her phone: the first step skipped, the second played out; pain 6, left hamstring
        try (BrowserContext context = browser.newContext(390, 844)) {
            Page ana = context.newPage();
            logIn(ana, "ana@limber.test", "limber-athlete-demo");
            ana.navigate(limber.url("/my-routines"));
            ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start " + title)).click();
            Locator counter = ana.locator(".limber-clock-counter");
            assertThat(counter).hasText("Step 1 of 2");
            skipped = ana.locator(".limber-clock-name").textContent();
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            assertThat(counter).hasText("Step 2 of 2");
            assertThat(ana.locator(".limber-player-summary"))
                    .hasText("You did 1 of 2 steps. " + skipped + " was skipped.", new LocatorAssertions.HasTextOptions().setTimeout(20_000));

            ana.getByText("Hard", new Page.GetByTextOptions().setExact(true)).click();
            ana.locator(".limber-pain-scale").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("6").setExact(true)).click();
            assertEveryAreaOfThePainMapIsAFingerWide(ana);
            // the back figure's left hamstring: the athlete's left is on the left when seen from behind
            ana.locator(".limber-body-map-touch [data-muscle='HAMSTRINGS'] rect.target").first().click();
            assertThat(ana.locator(".limber-pain-list").getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Hamstrings").setExact(true)))
                    .isChecked();
            // the touch map is the same picker: a pressed button that keeps the keyboard, the arrow keys go on from it
            Locator painMap = ana.locator(".limber-body-map-touch");
            assertThat(painMap.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hamstrings").setExact(true)))
                    .hasAttribute("aria-pressed", "true");
            assertThat(painMap.locator("[data-muscle='HAMSTRINGS'][tabindex='0']")).isFocused();
            ana.keyboard().press("ArrowRight");
            assertThat(painMap.locator("[data-muscle='QUADRICEPS'][tabindex='0']")).isFocused();
            assertThat(painMap.locator("[tabindex='0']")).hasCount(1);
            assertThat(painMap.locator("text")).hasText(new String[]{"Right", "Left", "Front", "Left", "Right", "Back"});
            ana.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Left").setExact(true)).click();
            ana.getByLabel("Note for your coach (optional)").fill(NOTE);
            screenshot(ana, "loop-1-athlete-reports-390.png");
            screenshot(ana.locator(".limber-body-map-touch"), "loop-1-pain-map-390.png");
            Axe.inScheme(ana, "dark", () -> screenshot(ana, "loop-1-athlete-reports-390-dark.png"));
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(ana.getByText("Saved. Your coach will see how it went.")).isVisible();
        }
        long session = jdbc.queryForObject("select max(l.id) from session_log l join routine r on r.id = l.routine_id where r.title = ?",
                Long.class, title);

        // 2. Casey's home: the partial session with its pain and note, under "Needs attention"
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page casey = context.newPage();
            logIn(casey, "coach@limber.test", "limber-coach-demo");
            assertThat(casey).hasURL(Pattern.compile("/home$"));
            Locator card = casey.locator(".limber-session-card[data-session='" + session + "']");
            assertThat(card.locator(".limber-session-outcome")).hasText("Partial · 1 of 2 steps · " + skipped + " skipped");
            assertThat(card.locator(".limber-session-pain")).hasText("Pain 6/10 · Hamstrings · Left side");
            assertThat(card.locator(".limber-session-note")).hasText("\u201c" + NOTE + "\u201d");
            Locator pain = casey.locator(".limber-attention-item[data-reason='PAIN']")
                    .filter(new Locator.FilterOptions().setHasText("Pain 6/10 at hamstrings, left side after \u201c" + title + "\u201d."));
            assertThat(pain).hasCount(1);
            screenshot(casey, "loop-2-coach-home-1280.png");
            Axe.check(casey, "loop-coach-home");
            casey.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(casey, "loop-2-coach-home-1280-dark.png");
            casey.evaluate("document.documentElement.removeAttribute('theme')");

            // 3. Casey opens Ana, replies to the session and acknowledges the pain
            pain.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ana Athlete")).click();
            assertThat(casey.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ana Athlete"))).isVisible();
            Locator onPage = casey.locator(".limber-timeline .limber-session-card[data-session='" + session + "']");
            assertThat(onPage.locator(".limber-session-steps li[data-outcome='SKIPPED']")).containsText(skipped + ": skipped");
            onPage.getByLabel("Reply to Ana Athlete").fill(REPLY);
            onPage.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send reply")).click();
            assertThat(onPage.locator(".limber-reply-sent")).hasText("You replied: " + REPLY);
            Locator painHere = casey.locator(".limber-attention .limber-attention-item[data-reason='PAIN']")
                    .filter(new Locator.FilterOptions().setHasText(title));
            painHere.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Acknowledge"))).click();
            assertThat(painHere).hasCount(0);
            assertThat(casey.locator(".limber-attention-history")).containsText("Pain 6/10 at hamstrings, left side after \u201c" + title + "\u201d.");
            screenshot(casey, "loop-3-athlete-page-1280.png");
            Axe.check(casey, "loop-athlete-page");
            casey.navigate(limber.url("/home"));
            assertThat(casey.locator(".limber-session-card[data-session='" + session + "']")).hasCount(1);
            assertThat(casey.locator(".limber-attention-item[data-reason='PAIN']").filter(new Locator.FilterOptions().setHasText(title))).hasCount(0);
        }

        // 4. Ana sees the reply: on My routines until read, then in My history
        try (BrowserContext context = browser.newContext(390, 844)) {
            Page ana = context.newPage();
            logIn(ana, "ana@limber.test", "limber-athlete-demo");
            ana.navigate(limber.url("/my-routines"));
            assertThat(ana.getByText("Your coach replied")).isVisible();
            assertThat(ana.getByText(REPLY)).isVisible();
            screenshot(ana, "loop-4-athlete-reply-390.png");
            ana.navigate(limber.url("/my-history"));
            assertThat(ana.getByText(REPLY)).isVisible();
            screenshot(ana, "loop-4-athlete-history-390.png");
            Axe.check(ana, "loop-my-history");
            ana.navigate(limber.url("/my-routines"));
            assertThat(ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My routines"))).isVisible();
            assertThat(ana.getByText(REPLY)).hasCount(0); // read: no longer on My routines
        }
    }

    /** Casey's two-step routine of 2 s holds, given to Ana. */
    private String twoStepRoutineGivenToAna() {
        return twoStepRoutineGivenToAna(jdbc, "Loop check", routineId -> jdbc.update("update routine_step set hold_seconds = 2,"
                + " reps = 1, sides = 'BOTH_AT_ONCE', second_side_hold_seconds = null, rest_seconds = 0 where routine_id = ?", routineId));
    }

    /**
     * Every area to tap on the phone's pain map is at least 44 × 44 CSS px, and a tap at its
     * middle lands on its own muscle (nothing drawn over it, no neighbour overlapping).
     */
    private static void assertEveryAreaOfThePainMapIsAFingerWide(Page page) {
        Locator targets = page.locator(".limber-body-map-touch rect.target");
        assertThat(targets.first()).isVisible();
        Object found = page.evaluate("""
                () => [...document.querySelectorAll('.limber-body-map-touch rect.target')].map(target => {
                  target.scrollIntoView({block: 'center', inline: 'center'});
                  const box = target.getBoundingClientRect();
                  const muscle = target.closest('[data-muscle]').getAttribute('data-muscle');
                  const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
                  const hitMuscle = hit && hit.closest('[data-muscle]') ? hit.closest('[data-muscle]').getAttribute('data-muscle') : null;
                  return muscle + ' ' + Math.floor(box.width) + 'x' + Math.floor(box.height) + (hitMuscle === muscle ? '' : ' hit ' + hitMuscle);
                })""");
        java.util.List<?> areas = (java.util.List<?>) found;
        assertThat(areas).hasSize(targets.count()).isNotEmpty();
        assertThat(areas).allSatisfy(area -> {
            String[] parts = area.toString().split(" ");
            String[] size = parts[1].split("x");
            assertThat(Integer.parseInt(size[0])).as("width of %s", area).isGreaterThanOrEqualTo(44);
            assertThat(Integer.parseInt(size[1])).as("height of %s", area).isGreaterThanOrEqualTo(44);
            assertThat(parts).as("a tap in the middle of %s lands on it", area).hasSize(2);
        });
    }
}
