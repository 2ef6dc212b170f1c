package app.limber.browser;

import app.limber.support.Axe;
import app.limber.support.BrowserTest;
import app.limber.support.EmbeddedDatabase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium, as Ana on a 360 × 640 phone: the player's countdown runs by itself through
 * a step's sides and on to the next step, speaks its cues, keeps going with the network down,
 * and ends on the Done screen once the connection is back.
 */
class PlayerBrowserIT extends BrowserTest {

    /** Records what the page asks the browser to say, instead of saying it. */
    private static final String SPY_ON_SPEECH = """
            window.__spoken = [];
            if (window.speechSynthesis) {
              window.speechSynthesis.speak = utterance => window.__spoken.push(utterance.text);
            }
            """;

    private final JdbcTemplate jdbc = new JdbcTemplate(EmbeddedDatabase.forTests().getPostgresDatabase());

    @Test
    void theCountdownRunsThroughTheSidesAndStepsByItselfAndEndsOnDone() {
        String title = shortRoutineGivenToAna();
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from session_log", Long.class);
        try (BrowserContext context = browser.newContext(360, 640)) {
            context.addInitScript(SPY_ON_SPEECH);
            Page ana = context.newPage();
            logIn(ana, "ana@limber.test", "limber-athlete-demo");
            ana.navigate(limber.url("/my-routines"));
            // one tap on Start and the countdown runs: no second Start on an overview
            ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start " + title)).click();
            Locator phase = ana.locator(".limber-clock-phase");
            Locator time = ana.locator(".limber-clock-time");
            Locator detail = ana.locator(".limber-clock-detail");
            assertThat(phase).hasText("Get ready");
            assertThat(ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true))).hasCount(0);
            Locator playing = ana.locator(".limber-player-phases li[aria-current='step']");
            assertThat(playing).hasCount(1);
            assertThat(playing).containsText("Get ready");
            // the countdown runs down by itself, with no clicks
            assertThat(time).hasText("0:09", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(3_000));
            assertThat(time).hasText("0:07", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(4_000));

            assertThat(phase).hasText("Hold", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(10_000));
            assertThat(detail).hasText("Left side");
            // the phase list follows the clock: the hold is the phase playing now
            assertThat(playing).hasCount(1);
            assertThat(playing).containsText("Hold · Left side");
            // the stretch's figure above the countdown, as posed for the left side ...
            Locator figure = ana.locator("limber-clock .limber-player-figure svg.limber-pose");
            assertThat(figure).isVisible();
            assertThat(figure).hasCSS("transform", "none");
            screenshot(ana, "player-360-light.png");
            Axe.check(ana, "player-step-hold");
            ana.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            screenshot(ana, "player-360-dark.png");
            ana.evaluate("document.documentElement.removeAttribute('theme')");

            assertThat(phase).hasText("Switch sides", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(4_000));
            ana.waitForFunction("window.__spoken.includes('Switch sides')");
            assertThat(phase).hasText("Hold", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(7_000));
            assertThat(detail).hasText("Right side");
            // ... and mirrored while the right side is worked
            assertThat(figure).hasCSS("transform", "matrix(-1, 0, 0, 1, 0, 0)");
            screenshot(ana, "player-right-side-360-light.png");

            // on to step 2 by itself: the clock moves first, the server-drawn step follows
            Locator counter = ana.locator(".limber-clock-counter");
            assertThat(counter).hasText("Step 2 of 2", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(5_000));
            assertThat(ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish"))).isVisible();

            // the network drops: the countdown keeps going to the end all the same
            context.setOffline(true);
            assertThat(phase).hasText("Done", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
            assertThat(ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Done!"))).hasCount(0);
            // ... and the server hears of it when the connection is back
            context.setOffline(false);
            assertThat(ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Done!")))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));

            @SuppressWarnings("unchecked")
            List<String> spoken = (List<String>) ana.evaluate("window.__spoken");
            assertThat(spoken).containsSubsequence("Left side. Hold 2 seconds", "Switch sides", "Right side. Hold 3 seconds",
                    "Done");
            assertThat(spoken).anyMatch(text -> text.startsWith("Next: "));

            ana.getByText("Good", new Page.GetByTextOptions().setExact(true)).click();
            screenshot(ana, "player-done-360-light.png");
            Axe.check(ana, "player-done-good");
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(ana.getByText("Saved. Your coach will see how it went.")).isVisible();
            assertThat(jdbc.queryForList("select feeling from session_log where complete", String.class)).contains("GOOD");
            // the clock saw every hold run: each step done
            assertThat(jdbc.queryForList("select s->>'outcome' from session_log l join routine r on r.id = l.routine_id,"
                    + " jsonb_array_elements(l.steps) as s where r.title = ? and l.id > ?", String.class, title, before)).containsExactly("DONE", "DONE");
        }
    }

    @Test
    void aStepSkippedWithNextIsLoggedSkippedAndAStepPlayedOutDoneAsTheRealClockSawThem() {
        String title = shortRoutineGivenToAna();
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from session_log", Long.class);
        try (BrowserContext context = browser.newContext(360, 640)) {
            context.addInitScript(SPY_ON_SPEECH);
            Page ana = context.newPage();
            logIn(ana, "ana@limber.test", "limber-athlete-demo");
            ana.navigate(limber.url("/my-routines"));
            ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start " + title)).click();
            Locator counter = ana.locator(".limber-clock-counter");
            assertThat(counter).hasText("Step 1 of 2");
            // the first step skipped straight away; the second (get ready, then a 2 s hold) played out by the clock
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            assertThat(counter).hasText("Step 2 of 2");
            assertThat(ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session ended")))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            String skipped = jdbc.queryForObject("select s->>'name' from session_log l join routine r on r.id = l.routine_id,"
                    + " jsonb_array_elements(l.steps) with ordinality as t(s, n) where r.title = ? and l.id > ? and n = 1", String.class, title, before);
            assertThat(ana.locator(".limber-player-summary")).hasText("You did 1 of 2 steps. " + skipped + " was skipped.");
            assertThat(jdbc.queryForList("select s->>'outcome' from session_log l join routine r on r.id = l.routine_id,"
                    + " jsonb_array_elements(l.steps) with ordinality as t(s, n) where r.title = ? and l.id > ? order by n", String.class, title, before))
                    .containsExactly("SKIPPED", "DONE");
            assertThat(jdbc.queryForObject("select complete from session_log l join routine r on r.id = l.routine_id where r.title = ? and l.id > ?",
                    Boolean.class, title, before)).isFalse();

            // pain 6 at the left hamstring, chosen from the list on the phone
            ana.getByText("Hard", new Page.GetByTextOptions().setExact(true)).click();
            ana.locator(".limber-pain-scale").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("6").setExact(true)).click();
            ana.locator(".limber-pain-list").getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Hamstrings").setExact(true)).click();
            ana.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Left").setExact(true)).click();
            for (Locator target : List.of(ana.locator(".limber-pain-scale vaadin-radio-button").first(),
                    ana.locator(".limber-pain-list vaadin-checkbox").first())) {
                var box = target.boundingBox();
                assertThat(box.width).as("tap target width").isGreaterThanOrEqualTo(44);
                assertThat(box.height).as("tap target height").isGreaterThanOrEqualTo(44);
            }
            screenshot(ana, "player-done-pain-360-light.png");
            Axe.check(ana, "player-done-pain");
            ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(ana.getByText("Saved. Your coach will see how it went.")).isVisible();
            assertThat(jdbc.queryForMap("select pain_level, pain_side, pain_where[1] as where_ from session_log l join routine r"
                    + " on r.id = l.routine_id where r.title = ? and l.id > ?", title, before))
                    .containsEntry("pain_level", 6).containsEntry("pain_side", "LEFT").containsEntry("where_", "HAMSTRINGS");
        }
    }

    @Test
    void reopeningTheRoutineOffersToContinueWhereTheAthleteWas() {
        try (BrowserContext context = browser.newContext(360, 640)) {
            context.addInitScript(SPY_ON_SPEECH);
            Page ben = context.newPage();
            logIn(ben, "ben@limber.test", "limber-athlete-demo");
            ben.navigate(limber.url("/my-routines"));
            ben.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start Post-run static cool-down")).click();
            ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            assertThat(ben.locator(".limber-clock-counter")).hasText("Step 3 of 7");

            // a new page (as after a lost server session) knows where Ben was
            ben.reload();
            assertThat(ben.getByText(Pattern.compile("^You stopped at step 3 of 7"))).isVisible();
            ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(ben.locator(".limber-clock-counter")).hasText("Step 3 of 7");
            assertThat(ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous"))).isEnabled();
        }
    }

    /** The routine of {@link #shortRoutineGivenToAna}, made once for the tests of this class. */
    private static String shortRoutine;

    /** The coach makes a two-step routine of 2–3 s holds from a template, publishes it and gives it to Ana (once). */
    private synchronized String shortRoutineGivenToAna() {
        if (shortRoutine == null) {
            shortRoutine = makeShortRoutineGivenToAna();
        }
        return shortRoutine;
    }

    private String makeShortRoutineGivenToAna() {
        return twoStepRoutineGivenToAna(jdbc, "Quick calf check", routineId -> {
            jdbc.update("update routine_step set hold_seconds = 2, reps = 1, sides = 'EACH_SIDE', second_side_hold_seconds = 3,"
                    + " rest_seconds = 0 where routine_id = ? and position = 0", routineId);
            jdbc.update("update routine_step set hold_seconds = 2, reps = 1, sides = 'BOTH_AT_ONCE', second_side_hold_seconds = null,"
                    + " rest_seconds = 0 where routine_id = ? and position = 1", routineId);
        });
    }
}
