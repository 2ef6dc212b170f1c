package app.limber.player.ui;

import app.limber.player.PlayPlan;
import app.limber.player.StepWork;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import java.util.List;

/**
 * The player's countdown, {@code <limber-clock>} ({@code frontend/components/limber-clock.ts}):
 * it counts a {@link PlayPlan} down in the browser against deadlines on the monotonic clock, so
 * there is no round trip per second and no drift. The server hears of a step the clock moved on
 * to by itself ({@link StepEvent}) and of the end ({@link EndEvent}), and, before any tap on a
 * button of the page and on pause, of the work done so far ({@link ProgressEvent}); each of them
 * carries that work, step by step ({@link StepWork}). It stops when it is taken off the page, and
 * keeps its position in the browser's localStorage until it runs out.
 *
 * <p>Buttons added to it with {@link #add} show below the time; one marked with
 * {@link #pauses} or {@link #restartsStep} is handled by the clock in the browser.
 */
@Tag("limber-clock")
@JsModule("./components/limber-clock.ts")
public class LimberClock extends Component implements HasComponents {

    /** The attribute that marks a button (anywhere on the page) whose tap lets the page make sound. */
    static final String UNLOCKS_SOUND = "data-unlocks-sound";

    public LimberClock() {
        getElement().setAttribute("aria-label", getTranslation("player.clock.timer"));
        // the clock's own words and the voice's language: the reader's (the plan brings the phases' words)
        getElement().setAttribute("speech-lang", getLocale().toLanguageTag());
        getElement().setAttribute("words", WORDS.computeIfAbsent(getLocale(), locale -> words()));
    }

    /**
     * The clock's words per language, made once: every open clock in a language holds the same
     * string (the translations do not change while Limber runs; a handful of languages).
     */
    private static final java.util.Map<java.util.Locale, String> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The clock's own words in the reader's language, as {@code limber-clock.ts} reads them ({@code {0}}: an argument). */
    String words() {
        var words = new java.util.LinkedHashMap<String, String>();
        words.put("stepOf", getTranslation("player.clock.step-of", "{0}", "{1}"));
        words.put("left", getTranslation("player.clock.left", "{0}"));
        words.put("progress", getTranslation("player.clock.progress"));
        words.put("released", getTranslation("player.clock.released"));
        words.put("stepDone", getTranslation("player.clock.step-done"));
        words.put("nextDetail", getTranslation("player.clock.next-detail", "{0}"));
        words.put("stepDoneSaid", getTranslation("player.clock.step-done-said", "{0}"));
        words.put("done", getTranslation("player.clock.done"));
        return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(words);
    }

    /** Voice cues and beeps. */
    public void setSound(boolean sound) {
        getElement().setProperty("sound", sound);
    }

    /** Go on to the next step by itself; otherwise the clock waits at the end of each step for Next. */
    public void setAutoAdvance(boolean autoAdvance) {
        getElement().setProperty("autoAdvance", autoAdvance);
    }

    /** Where the browser keeps the position (localStorage), with the version of the routine played. */
    public void setStorage(String key, int version) {
        getElement().setProperty("storageKey", key);
        getElement().setProperty("version", version);
    }

    /**
     * Starts counting a plan at a step, at a phase of it and the time left in that phase (0: all
     * of it). The plan goes to the browser with this call, not as a property: a property would
     * keep a copy of it in every open player's UI state on the server (some 18 KB each).
     */
    public void start(PlayPlan plan, int step, int phase, long remainingMs) {
        getElement().callJsFunction("start", step, phase, (double) remainingMs, plan.toJson(getLocale()));
    }

    /**
     * The list of the current step's phases (by its id, one item per phase, with the step's index
     * as {@code data-step}): the clock marks the phase playing with {@code aria-current="step"}.
     */
    public void setPhaseList(String id) {
        getElement().setAttribute("phase-list", id);
    }

    /** Starts a step from its beginning: the athlete chose it. */
    public void goTo(int step) {
        getElement().callJsFunction("goTo", step);
    }

    /** Marks a button as the clock's Pause / Resume toggle. */
    public static void pauses(Component button) {
        button.getElement().setAttribute("data-action", "pause");
    }

    /** Marks a button as the clock's "restart this step". */
    public static void restartsStep(Component button) {
        button.getElement().setAttribute("data-action", "restart");
    }

    /** Marks a button as the clock's "Released": the hold until it releases ends now, released. */
    public static void releases(Component button) {
        button.getElement().setAttribute("data-action", "released");
    }

    /** Marks a button as the clock's "go on" after a hold until it releases reached its maximum. */
    public static void goesOnAfterMax(Component button) {
        button.getElement().setAttribute("data-action", "release-next");
    }

    /**
     * Marks a button whose tap, in the browser, lets the page make sound: browsers (iOS Safari
     * above all) allow it only in a tap, and the clock starts a moment after it.
     */
    public static void unlocksSound(Component button) {
        button.getElement().setAttribute(UNLOCKS_SOUND, true);
    }

    public Registration addStepListener(ComponentEventListener<StepEvent> listener) {
        return addListener(StepEvent.class, listener);
    }

    public Registration addEndListener(ComponentEventListener<EndEvent> listener) {
        return addListener(EndEvent.class, listener);
    }

    public Registration addProgressListener(ComponentEventListener<ProgressEvent> listener) {
        return addListener(ProgressEvent.class, listener);
    }

    /** An event of the clock that says what work it has seen, step by step. */
    public abstract static class WorkEvent extends ComponentEvent<LimberClock> {

        private final List<StepWork> work;

        WorkEvent(LimberClock source, boolean fromClient, String work) {
            super(source, fromClient);
            this.work = StepWork.parse(work);
        }

        /** The work so far, a step each (as the browser claims it). */
        public List<StepWork> work() {
            return work;
        }
    }

    /** The clock went on to another step by itself (or says again where it is, back online). */
    @DomEvent("limber-step")
    public static class StepEvent extends WorkEvent {

        private final int step;

        public StepEvent(LimberClock source, boolean fromClient, @EventData("event.detail.step") int step,
                         @EventData("event.detail.work") String work) {
            super(source, fromClient, work);
            this.step = step;
        }

        /** The step it is on now, from 0. */
        public int step() {
            return step;
        }
    }

    /** The clock ran out: the last phase of the last step is over. */
    @DomEvent("limber-end")
    public static class EndEvent extends WorkEvent {

        public EndEvent(LimberClock source, boolean fromClient, @EventData("event.detail.work") String work) {
            super(source, fromClient, work);
        }
    }

    /** The work so far: sent before a tap on a button of the page is handled, and on pause. */
    @DomEvent("limber-progress")
    public static class ProgressEvent extends WorkEvent {

        public ProgressEvent(LimberClock source, boolean fromClient, @EventData("event.detail.work") String work) {
            super(source, fromClient, work);
        }
    }
}
