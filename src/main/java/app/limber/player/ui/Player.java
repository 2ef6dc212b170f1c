package app.limber.player.ui;

import app.limber.base.Refusal;
import app.limber.coaching.EasierVersionRefusedException;
import app.limber.coaching.InvalidSessionException;
import app.limber.coaching.PublishedRoutine;
import app.limber.player.PlayPlan;
import app.limber.player.PlaySource;
import app.limber.player.PlaySource.SessionEnd;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.page.PageVisibility;
import com.vaadin.flow.component.page.WebStorage;
import com.vaadin.flow.component.wakelock.WakeLock;
import com.vaadin.flow.signals.Signal;

/**
 * The step-by-step guide an athlete (or, with a share link, anyone) follows. This class is its
 * state machine: which screen shows ({@link State}: the {@link OverviewScreen}, one step at a
 * time on the {@link StepScreen} with its {@link LimberClock}, the {@link DoneScreen}, or "no
 * longer available") and which step is current. The same component serves every
 * {@link PlaySource}; the source decides access, what counts as a complete session and where
 * the end is recorded.
 */
public class Player extends Div {

    /** Browser storage keys for the athlete's choices, kept across routines. */
    static final String SOUND_KEY = "limber.player.sound";
    static final String AUTO_ADVANCE_KEY = "limber.player.autoAdvance";

    enum State { OVERVIEW, PLAYING, DONE, UNAVAILABLE }

    private final PlaySource source;
    private final PublishedRoutine routine;
    private final PlayPlan plan;
    /** What the clock shows: the plan, with the steps taken in their easier version under its name. */
    private PlayPlan shown;
    /** Opened by a Start elsewhere (My routines, the share page): play at once unless there is a place to continue from. */
    private final boolean startAtOnce;
    private State state = State.OVERVIEW;
    private int current;

    // the athlete's choices, on the overview and while playing
    final Checkbox sound = new Checkbox(getTranslation("player.options.sound"), true);
    final Checkbox autoAdvance = new Checkbox(getTranslation("player.options.auto-advance"), true);
    private final Div options = new Div(sound, autoAdvance);

    // one screen at a time; the others do not exist (an open player stays small)
    private OverviewScreen overview;
    private StepScreen playing;
    private DoneScreen done;

    /**
     * The address parameter that Start on My routines and on the share page add, so one tap
     * starts the countdown ({@code ?start}).
     */
    public static final String START_AT_ONCE = "start";

    public Player(PlaySource source) {
        this(source, false);
    }

    /**
     * @param startAtOnce whether to start the first step's countdown as soon as the page knows
     *                    there is no saved place to continue from (else the overview's Continue or
     *                    Start over shows); false: the overview with its Start
     */
    public Player(PlaySource source, boolean startAtOnce) {
        this.source = source;
        this.startAtOnce = startAtOnce;
        this.routine = source.routine().routine();
        this.plan = source.plan();
        this.shown = plan;
        addClassNames("limber-page", "limber-player");
        getElement().setAttribute("role", "main");
        options.addClassName("limber-player-options");
        sound.addClassName("limber-player-option");
        autoAdvance.addClassName("limber-player-option");
        sound.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                WebStorage.setItem(SOUND_KEY, event.getValue() ? "on" : "off");
            }
            if (playing != null) {
                playing.clock.setSound(event.getValue());
            }
        });
        autoAdvance.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                WebStorage.setItem(AUTO_ADVANCE_KEY, event.getValue() ? "on" : "off");
            }
            if (playing != null) {
                playing.clock.setAutoAdvance(event.getValue());
            }
        });
        overview = new OverviewScreen(source, options, backLink(), this::play, () -> {
            WebStorage.removeItem(source.resumeKey());
            play(0, 0, 0);
        });
        add(overview);
    }

    State state() {
        return state;
    }

    int currentStep() {
        return current;
    }

    PlayPlan plan() {
        return plan;
    }

    String title() {
        return routine.title();
    }

    /** The overview, while it shows; else null. */
    OverviewScreen overview() {
        return overview;
    }

    /** The step screen, while playing; else null. */
    StepScreen playing() {
        return playing;
    }

    /** The done screen, once the session has ended; else null. */
    DoneScreen done() {
        return done;
    }

    private Anchor backLink() {
        var back = new Anchor(source.backPath(), source.backLabel().shown());
        back.getElement().setAttribute("router-link", true);
        back.addClassName("limber-back-link");
        return back;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        WebStorage.getItem(ui, WebStorage.Storage.LOCAL_STORAGE, SOUND_KEY,
                value -> sound.setValue(!"off".equals(value)));
        WebStorage.getItem(ui, WebStorage.Storage.LOCAL_STORAGE, AUTO_ADVANCE_KEY,
                value -> autoAdvance.setValue(!"off".equals(value)));
        if (state == State.OVERVIEW) {
            WebStorage.getItem(ui, WebStorage.Storage.LOCAL_STORAGE, source.resumeKey(), this::offerResume);
        }
        // the screen stays on while playing; browsers drop the lock when the page is hidden,
        // so it is asked for again when the athlete comes back to it
        Signal.effect(this, () -> {
            if (ui.getPage().pageVisibilitySignal().get() == PageVisibility.VISIBLE && state == State.PLAYING) {
                WakeLock.request(error -> { }, ui);
            }
        });
        if (state == State.PLAYING) {
            // back on the page (the clock stopped as it left): count the current step again
            playing.clock.start(shown, current, 0, 0);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (state == State.PLAYING) {
            WakeLock.release(event.getUI());
        }
        super.onDetach(event);
    }

    /**
     * Offers to continue from the position the browser saved, if it fits this version and is
     * recent; opened by a Start elsewhere and with nothing to continue, starts playing.
     */
    void offerResume(String saved) {
        if (state == State.OVERVIEW) {
            overview.offerResume(saved);
            if (startAtOnce && !overview.resume.isVisible()) {
                play(0, 0, 0);
            }
        }
    }

    // ------------------------------------------------------------------ playing

    /** Starts playing at a step (and, when continuing, a phase and the time left in it). */
    void play(int step, int phase, long remainingMs) {
        if (state != State.OVERVIEW || !stillPlayable()) {
            return;
        }
        state = State.PLAYING;
        removeAll();
        overview = null;
        playing = new StepScreen(routine, plan, options, this::jump, () -> finish(true), this::confirmEnd);
        playing.photoAddress = source::photoAddress;
        playing.videoAddress = source::videoAddress;
        playing.easierTaken = source::easierTaken;
        playing.usePlan(shown);
        playing.onChooseEasier = this::chooseEasier;
        // at the maximum of a hold until it releases, the athlete chose to stop: the session ends here
        playing.onStopHere = () -> finish(false);
        LimberClock clock = playing.clock;
        clock.setSound(sound.getValue());
        clock.setAutoAdvance(autoAdvance.getValue());
        clock.setStorage(source.resumeKey(), source.routine().version());
        // what the clock saw done comes with each of its events; the source decides what it counts for
        clock.addProgressListener(event -> source.progress(event.work()));
        clock.addStepListener(event -> {
            source.progress(event.work());
            onClientStep(event.step());
        });
        clock.addEndListener(event -> {
            source.progress(event.work());
            if (state == State.PLAYING) {
                finish(true);
            }
        });
        add(playing);
        show(step);
        clock.start(shown, step, phase, remainingMs);
        WakeLock.request(error -> { }, UI.getCurrent());
    }

    /** The athlete chose a step: Previous, Next or one from the list. */
    void jump(int step) {
        if (state != State.PLAYING || step < 0 || step >= plan.steps().size() || !stillPlayable()) {
            return;
        }
        show(step);
        playing.clock.goTo(step);
    }

    /** The clock went on to the next step by itself. */
    private void onClientStep(int step) {
        if (state != State.PLAYING || step < 0 || step >= plan.steps().size() || step == current || !stillPlayable()) {
            return;
        }
        show(step);
    }

    private void show(int step) {
        current = step;
        source.reached(step);
        playing.show(step);
    }

    /**
     * Easier or Original on the current step, before its hold begins: the step shows that stretch
     * (same dose) and gets ready again under its name. Once the hold has begun the source keeps
     * the choice as it is, and the athlete is told.
     */
    void chooseEasier(boolean easier) {
        if (state != State.PLAYING || !stillPlayable()) {
            return;
        }
        boolean chosen;
        try {
            chosen = source.chooseEasier(current, easier);
        } catch (EasierVersionRefusedException refused) {
            Notification.show(refused instanceof Refusal refusal ? refusal.words().shown() : refused.getMessage());
            return;
        }
        if (!chosen) {
            Notification.show(getTranslation("player.easier.hold-begun"));
            playing.holdBegun();
            return;
        }
        var step = routine.steps().get(current);
        shown = shown.withStepName(current, easier ? step.easier().name() : plan.steps().get(current).name());
        playing.usePlan(shown);
        playing.show(current);
        playing.clock.start(shown, current, 0, 0);
        (easier ? playing.original : playing.easier).focus();
    }

    private void confirmEnd() {
        var confirm = new ConfirmDialog(getTranslation("player.end.title"),
                getTranslation("player.end.text", source.stepsReached(), plan.steps().size()),
                getTranslation("player.end.confirm"), click -> finish(false));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("player.end.keep-going"));
        confirm.open();
    }

    /**
     * The session is over: the athlete reached the end (the clock ran out or they tapped Finish)
     * or ended it. Whether it counts as complete is the source's to say; it is recorded once.
     */
    void finish(boolean reachedTheEnd) {
        if (state != State.PLAYING) {
            return;
        }
        SessionEnd ending;
        try {
            ending = source.end(reachedTheEnd);
        } catch (InvalidSessionException refused) {
            // the routine was taken back (or the athlete removed) while they played
            stillPlayable();
            return;
        }
        stopPlaying();
        state = State.DONE;
        removeAll();
        playing = null;
        done = new DoneScreen(source, ending, this::backLink, this::stillPlayable);
        add(done);
    }

    /**
     * The session is over: the saved position goes (nothing to continue), and the clock stops as
     * its screen is taken off the page.
     */
    private void stopPlaying() {
        WebStorage.removeItem(source.resumeKey());
        WakeLock.release(UI.getCurrent());
    }

    // ------------------------------------------------------------------ access

    private boolean stillPlayable() {
        if (state != State.UNAVAILABLE && source.stillPlayable()) {
            return true;
        }
        if (state == State.PLAYING) {
            stopPlaying();
        }
        state = State.UNAVAILABLE;
        removeAll();
        overview = null;
        playing = null;
        done = null;
        add(new H1(getTranslation("player.unavailable.title")), new Paragraph(source.unavailableMessage().shown()), backLink());
        return false;
    }
}
