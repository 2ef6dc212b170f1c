package app.limber.player.ui;

import app.limber.player.PlayPlan;
import app.limber.routine.StepPhase.Side;
import app.limber.player.PlayPlan.Kind;
import app.limber.player.PlayPlan.Phase;
import app.limber.support.Browser;
import app.limber.coaching.PublishingService;
import app.limber.library.LibraryService;
import app.limber.routine.RoutineService;
import app.limber.sharing.SharingService;
import app.limber.support.UiTest;
import org.springframework.beans.factory.annotation.Autowired;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player's clock, the {@code <limber-clock>} web component ({@code frontend/components/limber-clock.ts}
 * as the app's frontend bundle serves it), in real Chromium with the browser's clock under the
 * test's control: it counts a five-minute plan down exactly, however late its timers fire or
 * however long the tab sleeps, and announces each step and the end once.
 */
class PlayerClockTest extends UiTest {

    @Autowired LibraryService library;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired SharingService sharing;


    /** Step "Calf": 10 + 30 + 5 + 30 + 15 = 90 s; step "Hamstring": 10 + 200 = 210 s; 5 minutes in all. */
    private static final PlayPlan FIVE_MINUTES = new PlayPlan(List.of(
            new PlayPlan.Step("Calf", List.of(
                    ClockPhases.ready("Calf", true),
                    ClockPhases.hold(30, Side.LEFT),
                    ClockPhases.switchTo(Side.RIGHT, 5),
                    ClockPhases.hold(30, Side.RIGHT),
                    ClockPhases.rest(15))),
            new PlayPlan.Step("Hamstring <b>", List.of(
                    ClockPhases.ready("Hamstring", false),
                    ClockPhases.hold(200, null)))));

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
        context = browser.newContext(360, 640);
        page = context.newPage();
        // the page's time is the test's: it flows while the app loads, then stands still unless the test moves it
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
                  window.ends = 0;
                }""");
        ClockPage.mount(page, FIVE_MINUTES, true, "<button data-action=\"pause\">Pause</button>");
        page.evaluate("""
                () => {
                  const clock = document.getElementById('clock');
                  clock.addEventListener('limber-step', event => window.steps.push(event.detail.step));
                  clock.addEventListener('limber-end', () => window.ends++);
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

    @Test
    void fiveMinutesCountDownExactlyThroughASleepingTabAndEndOnce() {
        page.clock().runFor(1_000);
        assertThat(text(".limber-clock-time")).isEqualTo("0:09");
        assertThat(text(".limber-clock-phase")).isEqualTo("Get ready");

        // the tab sleeps for 94 s (no timer fires at all), then wakes: the clock catches up
        page.clock().fastForward(94_000);
        page.clock().runFor(250);
        assertThat(text(".limber-clock-counter")).isEqualTo("Step 2 of 2");
        assertThat(text(".limber-clock-phase")).isEqualTo("Get ready");
        assertThat(text(".limber-clock-time")).isEqualTo("0:05");
        // the server hears of the new step once; only the phase landed on is spoken
        assertThat(page.evaluate("window.steps")).isEqualTo(List.of(1));
        assertThat(page.evaluate("window.spoken")).isEqualTo(List.of("Get ready: Calf", "Next: Hamstring"));
        // typed text stays text
        assertThat(text(".limber-clock-name")).isEqualTo("Hamstring <b>");

        // to the end of the five minutes, one timer at a time
        page.clock().runFor(204_500);
        assertThat(text(".limber-clock-time")).isEqualTo("0:01");
        assertThat(page.evaluate("window.ends")).isEqualTo(0);
        page.clock().runFor(600);
        assertThat(text(".limber-clock-phase")).isEqualTo("Done");
        assertThat(text(".limber-clock-time")).isEqualTo("0:00");
        page.clock().runFor(10_000);
        assertThat(page.evaluate("window.ends")).isEqualTo(1);
        assertThat(page.evaluate("window.spoken")).isEqualTo(List.of("Get ready: Calf", "Next: Hamstring", "Hold 200 seconds", "Done"));
    }

    @Test
    void pauseStopsTheCountdownAndResumeGoesOnFromThere() {
        page.clock().runFor(3_000);
        assertThat(text(".limber-clock-time")).isEqualTo("0:07");

        page.locator("[data-action=pause]").click();
        page.clock().runFor(60_000);
        assertThat(text(".limber-clock-time")).isEqualTo("0:07");
        assertThat(page.locator("#clock").getAttribute("data-paused")).isNotNull();

        page.locator("[data-action=pause]").click();
        page.clock().runFor(2_000);
        assertThat(text(".limber-clock-time")).isEqualTo("0:05");
        assertThat(page.locator("#clock").getAttribute("data-paused")).isNull();
    }

    @Test
    void withoutAutoAdvanceTheClockWaitsAtTheEndOfAStep() {
        page.evaluate("document.getElementById('clock').autoAdvance = false");
        page.clock().runFor(91_000);

        assertThat(text(".limber-clock-phase")).isEqualTo("Step done");
        assertThat(text(".limber-clock-detail")).isEqualTo("Next: Hamstring <b>. Tap Next when you are ready.");
        assertThat(text(".limber-clock-counter")).isEqualTo("Step 1 of 2");
        assertThat(page.evaluate("window.steps")).isEqualTo(List.of());

        page.evaluate("document.getElementById('clock').goTo(1)");
        page.clock().runFor(1_000);
        assertThat(text(".limber-clock-counter")).isEqualTo("Step 2 of 2");
        assertThat(text(".limber-clock-time")).isEqualTo("0:09");
    }

    @Test
    void theClockKeepsWhereItIsForContinuingRestartsTheStepAndSaysWhereItIsWhenBackOnline() {
        page.clock().runFor(12_000);
        @SuppressWarnings("unchecked")
        Map<String, Object> saved = (Map<String, Object>) page.evaluate("JSON.parse(localStorage.getItem('limber.test'))");
        // it entered the first hold 2 s ago, with 30 s to hold: saved as it entered, 30 s left
        assertThat(saved).containsEntry("version", 1).containsEntry("step", 0).containsEntry("phase", 1)
                .containsEntry("remainingMs", 30_000);

        page.evaluate("document.getElementById('clock').insertAdjacentHTML('beforeend', '<button data-action=\"restart\">Restart step</button>')");
        page.locator("[data-action=restart]").click();
        page.clock().runFor(1_000);
        assertThat(text(".limber-clock-phase")).isEqualTo("Get ready");
        assertThat(text(".limber-clock-time")).isEqualTo("0:09");

        page.evaluate("window.dispatchEvent(new Event('online'))");
        assertThat(page.evaluate("window.steps")).isEqualTo(List.of(0));

        // taken off the page, it stops: no more ticks, no more words
        page.evaluate("document.getElementById('clock').remove()");
        page.clock().runFor(100_000);
        assertThat(page.evaluate("window.spoken")).isEqualTo(List.of("Get ready: Calf", "Left side. Hold 30 seconds", "Get ready: Calf"));
        assertThat(page.evaluate("window.ends")).isEqualTo(0);
    }

    @Test
    void theClockReportsTheHoldTimeThatReallyRanNotPausedCappedAtThePlanAndBeforeAnyButtonIsHandled() {
        page.evaluate("""
                () => {
                  window.progress = [];
                  window.order = [];
                  const clock = document.getElementById('clock');
                  clock.addEventListener('limber-progress', event => {
                    window.progress.push(event.detail.work);
                    window.order.push('progress');
                  });
                  clock.insertAdjacentHTML('beforeend', '<button data-action="restart">Restart step</button>');
                  const elsewhere = document.createElement('button');
                  elsewhere.id = 'elsewhere';
                  elsewhere.textContent = 'End';
                  elsewhere.addEventListener('click', () => window.order.push('click'));
                  document.body.append(elsewhere);
                }""");
        // 10 s getting ready, then 15 s of the first 30 s hold
        page.clock().runFor(25_000);
        assertThat(page.evaluate("JSON.stringify(document.getElementById('clock').work())")).isEqualTo("[{\"hold\":15000,\"reps\":0,\"released\":0},{\"hold\":0,\"reps\":0,\"released\":0}]");

        // paused for a minute: nothing more is counted; pausing tells the server
        page.locator("[data-action=pause]").click();
        page.clock().runFor(60_000);
        assertThat(page.evaluate("window.progress")).isEqualTo(List.of("[[15000,0,0],[0,0,0]]"));
        page.locator("[data-action=pause]").click();

        // the tab sleeps through the rest of both holds: they count as run, as the deadlines do
        page.clock().fastForward(60_000);
        page.clock().runFor(250);
        assertThat(text(".limber-clock-phase")).isEqualTo("Rest");
        assertThat(page.evaluate("JSON.stringify(document.getElementById('clock').work()[0])")).isEqualTo("{\"hold\":60000,\"reps\":0,\"released\":0}");

        // the step again from the start: its holds count at most their planned length
        page.locator("[data-action=restart]").click();
        page.clock().runFor(20_000);
        assertThat(text(".limber-clock-phase")).isEqualTo("Hold");
        assertThat(page.evaluate("document.getElementById('clock').work()[0].hold")).isEqualTo(60_000);

        // a tap on any other button: the work goes out first, queued ahead of that button's own click
        page.locator("#elsewhere").click();
        assertThat(page.evaluate("window.order")).isEqualTo(List.of("progress", "progress", "click"));
        assertThat(page.evaluate("window.progress[1]")).isEqualTo("[[60000,0,0],[0,0,0]]");
    }
}
