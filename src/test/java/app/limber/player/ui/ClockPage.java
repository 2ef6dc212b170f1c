package app.limber.player.ui;

import app.limber.player.PlayPlan;
import app.limber.coaching.PublishingService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import com.microsoft.playwright.Page;

import java.util.Map;

/**
 * A page of the running app with a {@code <limber-clock>} of the test's own: a shared routine's
 * player page (the app's frontend bundle defines the element), and then one more clock on it with a plan of the test's choosing, set up as {@link LimberClock} does.
 */
final class ClockPage {

    private ClockPage() {
    }

    /** A coach (signed in on the test's thread) shares a one-step routine: the token of the link. */
    static String aSharedRoutine(LibraryService library, RoutineService routines, PublishingService publishing, SharingService sharing) {
        RoutineDetails routine = routines.create("Clock test");
        routine = routines.addStep(routine.id(), library.search(LibraryFilter.NONE, 0, 1).getFirst().id(), 0);
        publishing.publish(routine.id(), "");
        return sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token();
    }

    /** Opens the shared routine's player page and waits until the bundle has defined {@code <limber-clock>}. */
    static void open(Page page, int port, String token) {
        page.navigate("http://localhost:" + port + "/s/" + token + "/play");
        page.waitForFunction("() => customElements.get('limber-clock') !== undefined");
    }

    /**
     * Adds {@code <limber-clock id="clock">} holding the given markup (its controls), with the
     * plan, sound on or off and auto-advance on; it is not started yet.
     */
    static void mount(Page page, PlayPlan plan, boolean sound, String controls) {
        page.evaluate("""
                ({plan, sound, controls}) => {
                  const clock = document.createElement('limber-clock');
                  clock.id = 'clock';
                  clock.innerHTML = controls;
                  clock.plan = JSON.parse(plan);
                  clock.sound = sound;
                  clock.autoAdvance = true;
                  clock.storageKey = 'limber.test';
                  clock.version = 1;
                  document.body.prepend(clock);
                }""", Map.of("plan", plan.toJson(), "sound", sound, "controls", controls));
    }
}
