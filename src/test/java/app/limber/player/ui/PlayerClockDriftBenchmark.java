package app.limber.player.ui;

import app.limber.player.PlayPlan;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run with {@code ./mvnw test -Pbenchmark -Dtest=PlayerClockDriftBenchmark};
 * it takes five real minutes): the player's clock, {@code <limber-clock>} from the app's bundle, in real
 * Chromium on real time. A six-minute plan
 * of 36 phases runs for five minutes; then the time left that the clock shows is compared with
 * the time that really passed.
 */
@Tag("benchmark")
class PlayerClockDriftBenchmark extends UiTest {

    @Autowired LibraryService library;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired SharingService sharing;


    private static final long RUN_MILLIS = 300_000;

    @Test
    void driftOverFiveMinutes() {
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            phases.add(ClockPhases.hold(17, app.limber.routine.StepPhase.Side.LEFT));
            phases.add(ClockPhases.switchTo(null, 5));
            phases.add(ClockPhases.rest(8));
        }
        PlayPlan plan = new PlayPlan(List.of(new PlayPlan.Step("Six minutes", phases)));
        try (Browser browser = Browser.launch(); BrowserContext context = browser.newContext(360, 640)) {
            Page page = context.newPage();
            signInAsCoach();
        String token = ClockPage.aSharedRoutine(library, routines, publishing, sharing);
        signOut();
        ClockPage.open(page, port, token);
            ClockPage.mount(page, plan, false, "");
            page.evaluate("() => { window.speechSynthesis.speak = () => {}; window.mountedAt = performance.now();"
                    + " document.getElementById('clock').start(0, 0, 0); }");
            // the measurement itself: until five real minutes have passed on the page's clock
            page.waitForFunction("ms => performance.now() - window.mountedAt >= ms", (int) RUN_MILLIS,
                    new Page.WaitForFunctionOptions().setPollingInterval(1_000).setTimeout(RUN_MILLIS + 60_000));

            @SuppressWarnings("unchecked")
            Map<String, Object> reading = (Map<String, Object>) page.evaluate("""
                    () => {
                      const clock = document.getElementById('clock');
                      const now = performance.now();
                      const phases = clock.plan.steps[clock.step].phases;
                      let before = 0;
                      for (let i = 0; i < clock.phase; i++) before += phases[i].seconds * 1000;
                      const counted = before + phases[clock.phase].seconds * 1000 - (clock.endsAt - now);
                      return {wall: now - window.mountedAt, counted: counted, shown: clock.shadowRoot.querySelector('.limber-clock-left').textContent};
                    }""");
            double wall = ((Number) reading.get("wall")).doubleValue();
            double counted = ((Number) reading.get("counted")).doubleValue();
            String[] shown = reading.get("shown").toString().replace(" left", "").split(":");
            int shownLeft = Integer.parseInt(shown[0]) * 60 + Integer.parseInt(shown[1]);
            double trueLeft = (plan.totalSeconds() * 1000 - wall) / 1000;
            System.out.printf("%nBENCHMARK player clock drift over %.1f s of real time: counted %.3f s, wall %.3f s,"
                            + " drift %.3f s; shown %d s left, truly %.2f s left%n%n",
                    wall / 1000, counted / 1000, wall / 1000, (counted - wall) / 1000, shownLeft, trueLeft);
            assertThat(wall).isGreaterThanOrEqualTo(RUN_MILLIS);
        }
    }
}
