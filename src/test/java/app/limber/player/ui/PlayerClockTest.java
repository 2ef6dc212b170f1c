package app.limber.player.ui;

import app.limber.player.PlayPlan;
import app.limber.player.PlayPlan.Kind;
import app.limber.player.PlayPlan.Phase;
import app.limber.support.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player's clock script ({@code scripts/limber-player.js}) in real Chromium with the
 * browser's clock under the test's control: it counts a five-minute plan down exactly, however
 * late its timers fire or however long the tab sleeps, and announces each step and the end once.
 */
class PlayerClockTest {

    /** Step "Calf": 10 + 30 + 5 + 30 + 15 = 90 s; step "Hamstring": 10 + 200 = 210 s; 5 minutes in all. */
    private static final PlayPlan FIVE_MINUTES = new PlayPlan(List.of(
            new PlayPlan.Step("Calf", List.of(
                    new Phase(Kind.READY, 10, "Get ready", "Get into position", "Get ready: Calf"),
                    new Phase(Kind.HOLD, 30, "Hold", "Left side", "Left side. Hold 30 seconds"),
                    new Phase(Kind.SWITCH, 5, "Switch sides", "Next: right side", "Switch sides"),
                    new Phase(Kind.HOLD, 30, "Hold", "Right side", "Right side. Hold 30 seconds"),
                    new Phase(Kind.REST, 15, "Rest", "Relax and breathe", "Rest"))),
            new PlayPlan.Step("Hamstring <b>", List.of(
                    new Phase(Kind.READY, 10, "Get ready", "Get into position", "Next: Hamstring"),
                    new Phase(Kind.HOLD, 200, "Hold", "", "Hold 200 seconds")))));

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
    void aPageWithTheClock() throws IOException {
        context = browser.newContext(360, 640);
        page = context.newPage();
        // the page's time stands still unless the test moves it
        page.clock().install(new com.microsoft.playwright.Clock.InstallOptions().setTime(0));
        page.clock().pauseAt(1_000);
        page.setContent("""
                <div id="root"><button data-action="pause">Pause</button><div id="clock"></div></div>""");
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
        page.evaluate("""
                () => {
                  window.spoken = [];
                  window.speechSynthesis.speak = utterance => window.spoken.push(utterance.text);
                  window.steps = [];
                  window.ends = 0;
                  const root = document.getElementById('root');
                  root.addEventListener('limber-step', event => window.steps.push(event.detail.step));
                  root.addEventListener('limber-end', () => window.ends++);
                }""");
        page.evaluate("plan => LimberPlayer.mount(document.getElementById('root'), document.getElementById('clock'), plan,"
                + " {sound: true, autoAdvance: true, storageKey: 'limber.test', version: 1}, 0, 0, 0)", FIVE_MINUTES.toJson());
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private static String script() throws IOException {
        try (InputStream in = PlayerClockTest.class.getResourceAsStream("/META-INF/resources/scripts/limber-player.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
        assertThat(page.locator("#root").getAttribute("data-paused")).isNotNull();

        page.locator("[data-action=pause]").click();
        page.clock().runFor(2_000);
        assertThat(text(".limber-clock-time")).isEqualTo("0:05");
        assertThat(page.locator("#root").getAttribute("data-paused")).isNull();
    }

    @Test
    void withoutAutoAdvanceTheClockWaitsAtTheEndOfAStep() {
        page.evaluate("LimberPlayer.set(document.getElementById('root'), 'autoAdvance', false)");
        page.clock().runFor(91_000);

        assertThat(text(".limber-clock-phase")).isEqualTo("Step done");
        assertThat(text(".limber-clock-detail")).isEqualTo("Next: Hamstring <b>. Tap Next when you are ready.");
        assertThat(text(".limber-clock-counter")).isEqualTo("Step 1 of 2");
        assertThat(page.evaluate("window.steps")).isEqualTo(List.of());

        page.evaluate("LimberPlayer.goTo(document.getElementById('root'), 1)");
        page.clock().runFor(1_000);
        assertThat(text(".limber-clock-counter")).isEqualTo("Step 2 of 2");
        assertThat(text(".limber-clock-time")).isEqualTo("0:09");
    }
}
