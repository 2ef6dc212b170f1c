package app.limber.player.ui;

import app.limber.coaching.PublishingService;
import app.limber.library.LibraryService;
import app.limber.player.PlayPlan;
import app.limber.routine.StepPhase.Side;
import app.limber.player.PlayPlan.Kind;
import app.limber.player.PlayPlan.Phase;
import app.limber.routine.RoutineService;
import app.limber.sharing.SharingService;
import app.limber.support.Browser;
import app.limber.support.UiTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code <limber-clock>} on a hold until it releases, in real Chromium with the page's clock
 * under the test's control: it counts up, "Released" ends the hold then and there (and is
 * reported), and at the maximum it stops counting and suggests stopping, with Next to go on.
 */
class UntilItReleasesClockTest extends UiTest {

    @Autowired LibraryService library;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired SharingService sharing;

    /** "Calf cramp": get ready 10 s, until it releases on the left (up to 2 min), switch 5 s, the right; then "Massage". */
    private static final PlayPlan PLAN = new PlayPlan(List.of(
            new PlayPlan.Step("Calf cramp", List.of(
                    ClockPhases.ready("Calf cramp", true),
                    ClockPhases.release(120, Side.LEFT),
                    ClockPhases.switchTo(Side.RIGHT, 5),
                    ClockPhases.release(120, Side.RIGHT))),
            new PlayPlan.Step("Massage", List.of(
                    ClockPhases.ready("Massage", false),
                    ClockPhases.hold(60, null)))));

    private static Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @BeforeEach
    void aPageWithTheClock() {
        context = browser.newContext(390, 844);
        page = context.newPage();
        page.clock().install(new com.microsoft.playwright.Clock.InstallOptions().setTime(0));
        signInAsCoach();
        String token = ClockPage.aSharedRoutine(library, routines, publishing, sharing);
        signOut();
        ClockPage.open(page, port, token);
        long loaded = ((Number) page.evaluate("Date.now()")).longValue();
        page.clock().pauseAt(loaded + 1_000);
        page.evaluate("""
                () => {
                  window.spoken = [];
                  window.speechSynthesis.speak = utterance => window.spoken.push(utterance.text);
                  window.steps = [];
                }""");
        ClockPage.mount(page, PLAN, true, "<button data-action=\"released\">Released</button>"
                + "<button data-action=\"release-next\">Next</button>");
        page.evaluate("""
                () => {
                  const clock = document.getElementById('clock');
                  clock.addEventListener('limber-step', event => window.steps.push(event.detail.step));
                  clock.start(0, 0, 0);
                }""");
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private String text(String selector) {
        return page.locator(selector).innerText();
    }

    private Object work() {
        return page.evaluate("JSON.stringify(document.getElementById('clock').work()[0])");
    }

    @Test
    void itCountsUpAndReleasedEndsTheHoldThenAndThere() {
        page.clock().runFor(10_000);
        assertThat(text(".limber-clock-phase")).isEqualTo("Until it releases");
        assertThat(page.locator("#clock").getAttribute("data-phase")).isEqualTo("release");
        page.clock().runFor(40_000);
        assertThat(text(".limber-clock-time")).as("counts up").isEqualTo("0:40");
        page.clock().runFor(3_000);
        assertThat(text(".limber-clock-time")).isEqualTo("0:43");

        page.locator("[data-action=released]").click();

        assertThat(text(".limber-clock-phase")).isEqualTo("Switch sides");
        assertThat(work()).isEqualTo("{\"hold\":43000,\"reps\":0,\"released\":1}");
        page.clock().runFor(5_000 + 20_000);
        assertThat(text(".limber-clock-phase")).isEqualTo("Until it releases");
        assertThat(text(".limber-clock-time")).isEqualTo("0:20");
        page.locator("[data-action=released]").click();
        page.clock().runFor(300);
        assertThat(text(".limber-clock-counter")).as("on to the next step").isEqualTo("Step 2 of 2");
        assertThat(page.evaluate("window.steps")).isEqualTo(List.of(1));
        assertThat(work()).isEqualTo("{\"hold\":63000,\"reps\":0,\"released\":2}");
        assertThat(page.evaluate("window.spoken")).isEqualTo(List.of("Get ready: Calf cramp", "Left side. Hold until it releases, then tap Released",
                "Released", "Switch sides", "Right side. Hold until it releases, then tap Released", "Released", "Next: Massage"));
    }

    @Test
    void atTheMaximumItStopsCountingAndSuggestsStoppingAndNextGoesOn() {
        // the tab sleeps through the whole hold: it catches up to the maximum and stops there
        page.clock().fastForward(10_000 + 150_000);
        page.clock().runFor(250);
        assertThat(page.locator("#clock").getAttribute("data-release-max")).isNotNull();
        assertThat(text(".limber-clock-phase")).isEqualTo("Still cramping after 2 min");
        assertThat(text(".limber-clock-detail")).isEqualTo("Stop here, and get help if it keeps coming back. Or go on with Next.");
        assertThat(text(".limber-clock-time")).isEqualTo("2:00");
        page.clock().runFor(60_000);
        assertThat(text(".limber-clock-time")).as("no more counting").isEqualTo("2:00");
        assertThat(work()).isEqualTo("{\"hold\":120000,\"reps\":0,\"released\":0}");
        assertThat(page.evaluate("window.spoken")).asList()
                .contains("Still cramping after 2 minutes. Stop here, and get help if it keeps coming back.");

        page.locator("[data-action=release-next]").click();
        assertThat(page.locator("#clock").getAttribute("data-release-max")).isNull();
        assertThat(text(".limber-clock-phase")).isEqualTo("Switch sides");
        page.clock().runFor(1_300);
        assertThat(text(".limber-clock-time")).as("the switch starts now, not at the old deadline").isEqualTo("0:04");
    }
}
