package app.limber.player.ui;

import app.limber.body.ui.BodyMap;
import app.limber.body.ui.BodyMapPicker;
import app.limber.base.Durations;
import app.limber.coaching.Feeling;
import app.limber.coaching.InvalidSessionException;
import app.limber.coaching.PublishedRoutine;
import app.limber.coaching.PublishedStep;
import app.limber.coaching.SessionFeedback;
import app.limber.coaching.SessionService;
import app.limber.body.Muscle;
import app.limber.player.PlayPlan;
import app.limber.player.PlaySource;
import app.limber.sharing.ShareLinkGoneException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.PageVisibility;
import com.vaadin.flow.component.page.WebStorage;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.wakelock.WakeLock;
import com.vaadin.flow.signals.Signal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The step-by-step guide an athlete (or, with a share link, anyone) follows: an overview,
 * then one step per screen with a countdown that runs in the browser
 * ({@code scripts/limber-player.js}), then "Done" with how it felt. The same component
 * serves every {@link PlaySource}; the source decides access and where the end is recorded.
 */
public class Player extends Div {

    /** Browser storage keys for the athlete's choices, kept across routines. */
    static final String SOUND_KEY = "limber.player.sound";
    static final String AUTO_ADVANCE_KEY = "limber.player.autoAdvance";
    /** A saved position older than this is not offered any more. */
    static final Duration RESUME_WINDOW = Duration.ofHours(12);

    enum State { OVERVIEW, PLAYING, DONE, UNAVAILABLE }

    private final PlaySource source;
    private final PublishedRoutine routine;
    private final PlayPlan plan;
    private State state = State.OVERVIEW;
    private int current;
    private boolean complete;
    /** The steps the athlete has been on: the session is complete only when it has been on every one. */
    private final java.util.BitSet reached = new java.util.BitSet();

    // overview
    final Checkbox sound = new Checkbox("Voice cues and beeps", true);
    final Checkbox autoAdvance = new Checkbox("Go on to the next step by itself", true);
    // the overview's parts exist only before playing starts (an open player stays small)
    Button start;
    Div resume;
    OrderedList overviewSteps;

    // playing
    final Div clock = new Div();
    final Button previous = new Button("Previous", VaadinIcon.STEP_BACKWARD.create());
    final Button pause = new Button();
    final Button restart = new Button("Restart step");
    final Button next = new Button("Next", VaadinIcon.STEP_FORWARD.create());
    final Button allSteps = new Button("All steps");
    final Button end = new Button("End");
    final Div phases = new Div();
    final Div stepContent = new Div();
    Dialog stepList;

    // done: made when the session ends
    RadioButtonGroup<Feeling> feeling;
    RadioButtonGroup<Boolean> pain;
    BodyMapPicker painMap;
    Span painWhere;
    Span painError;
    TextArea note;
    Button save;
    Paragraph saved;
    private final Set<Muscle> painPicked = EnumSet.noneOf(Muscle.class);

    public Player(PlaySource source) {
        this.source = source;
        this.routine = source.routine().routine();
        this.plan = PlayPlan.of(routine);
        addClassNames("limber-page", "limber-player");
        getElement().addEventListener("limber-step", event -> onClientStep(event.getEventData().get("event.detail.step").asInt()))
                .addEventData("event.detail.step");
        getElement().addEventListener("limber-end", event -> onClientEnd());
        showOverview();
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

    // ------------------------------------------------------------------ overview

    private void showOverview() {
        removeAll();
        add(backLink());
        var title = new H2(routine.title());
        var facts = new Paragraph(facts());
        facts.addClassName("limber-player-facts");
        add(title, facts);
        if (!routine.description().isEmpty()) {
            add(new Paragraph(routine.description()));
        }
        start = new Button("Start", VaadinIcon.PLAY.create());
        resume = new Div();
        overviewSteps = new OrderedList();
        resume.addClassName("limber-player-resume");
        resume.setVisible(false);
        add(resume);

        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassName("limber-player-start");
        start.addClickListener(event -> play(0, 0, 0));
        unlocksSound(start);
        sound.addClassName("limber-player-option");
        autoAdvance.addClassName("limber-player-option");
        sound.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                WebStorage.setItem(SOUND_KEY, event.getValue() ? "on" : "off");
            }
            clockOption("sound", event.getValue());
        });
        autoAdvance.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                WebStorage.setItem(AUTO_ADVANCE_KEY, event.getValue() ? "on" : "off");
            }
            clockOption("autoAdvance", event.getValue());
        });
        var options = new Div(sound, autoAdvance);
        options.addClassName("limber-player-options");
        add(start, options);

        overviewSteps.addClassName("limber-player-overview");
        for (int i = 0; i < routine.steps().size(); i++) {
            PublishedStep step = routine.steps().get(i);
            var name = new Span(step.name());
            name.addClassName("limber-player-overview-name");
            var dose = new Span(step.dose().describe() + " · " + Durations.exactly(plan.steps().get(i).seconds()));
            dose.addClassName("limber-stretch-dose");
            overviewSteps.add(new ListItem(name, dose));
        }
        add(new H3("Steps"), overviewSteps);
    }

    private String facts() {
        var text = new StringBuilder();
        if (source.routine().coach() != null) {
            text.append("From ").append(source.routine().coach()).append(" · ");
        }
        if (routine.purpose() != null) {
            text.append(routine.purpose().label()).append(" · ");
        }
        int steps = routine.steps().size();
        return text.append(steps).append(steps == 1 ? " step" : " steps").append(" · ")
                .append(Durations.exactly(plan.totalSeconds())).append(" in all").toString();
    }

    private Anchor backLink() {
        var back = new Anchor(source.backPath(), source.backLabel());
        back.getElement().setAttribute("router-link", true);
        back.addClassName("limber-back-link");
        return back;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        ui.getPage().addJavaScript("context://scripts/limber-player.js");
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
            mountClock(current, 0, 0);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (state == State.PLAYING) {
            getElement().executeJs("window.LimberPlayer && window.LimberPlayer.stop(this, false)");
            WakeLock.release(event.getUI());
        }
        super.onDetach(event);
    }

    /** Offers to continue from the position the browser saved, if it fits this version and is recent. */
    void offerResume(String saved) {
        if (saved == null || state != State.OVERVIEW) {
            return;
        }
        JsonNode position;
        try {
            position = JsonMapper.shared().readTree(saved);
        } catch (RuntimeException notJson) {
            return;
        }
        int version = position.path("version").asInt(-1);
        int step = position.path("step").asInt(-1);
        int phase = position.path("phase").asInt(-1);
        long remaining = position.path("remainingMs").asLong(-1);
        long savedAt = position.path("savedAt").asLong(0);
        long age = System.currentTimeMillis() - savedAt;
        if (version != source.routine().version() || step < 0 || step >= plan.steps().size()
                || phase < 0 || phase >= plan.steps().get(step).phases().size()
                || remaining < 0 || remaining > plan.steps().get(step).phases().get(phase).seconds() * 1000L
                || age < 0 || age > RESUME_WINDOW.toMillis() || step == 0 && phase == 0) {
            return;
        }
        resume.removeAll();
        var text = new Paragraph("You stopped at step " + (step + 1) + " of " + plan.steps().size() + ": "
                + plan.steps().get(step).name() + ".");
        var carryOn = new Button("Continue", VaadinIcon.PLAY.create(), click -> play(step, phase, remaining));
        carryOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        unlocksSound(carryOn);
        var startOver = new Button("Start over", click -> {
            WebStorage.removeItem(source.resumeKey());
            play(0, 0, 0);
        });
        startOver.addThemeVariants(ButtonVariant.LUMO_LARGE);
        unlocksSound(startOver);
        var buttons = new Div(carryOn, startOver);
        buttons.addClassName("limber-player-buttons");
        resume.add(text, buttons);
        resume.setVisible(true);
        start.setVisible(false);
    }

    /** The tap on this button, in the browser, lets the page make sound (iOS allows it only in a tap). */
    private static void unlocksSound(Button button) {
        button.getElement().executeJs("this.addEventListener('click', () => window.LimberPlayer && window.LimberPlayer.unlock())");
    }

    // ------------------------------------------------------------------ playing

    /** Starts playing at a step (and, when continuing, a phase and the time left in it). */
    void play(int step, int phase, long remainingMs) {
        if (state != State.OVERVIEW || !stillPlayable()) {
            return;
        }
        state = State.PLAYING;
        current = step;
        removeAll();
        start = null;
        resume = null;
        overviewSteps = null;
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        end.addClassName("limber-player-end");
        end.addClickListener(click -> confirmEnd());
        allSteps.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        allSteps.addClickListener(click -> openStepList());
        var top = new Div(allSteps, end);
        top.addClassName("limber-player-top");

        clock.addClassName("limber-clock");
        clock.getElement().setAttribute("aria-label", "Timer");

        previous.addClickListener(click -> jump(current - 1));
        next.addClickListener(click -> {
            if (current + 1 < plan.steps().size()) {
                jump(current + 1);
            } else {
                finish(true);
            }
        });
        pause.getElement().setAttribute("data-action", "pause");
        var whenPlaying = new Span("Pause");
        whenPlaying.addClassName("limber-when-playing");
        var whenPaused = new Span("Resume");
        whenPaused.addClassName("limber-when-paused");
        pause.setIcon(VaadinIcon.PAUSE.create());
        pause.getElement().appendChild(whenPlaying.getElement(), whenPaused.getElement());
        pause.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restart.getElement().setAttribute("data-action", "restart");
        var controls = new Div(previous, pause, restart, next);
        controls.addClassName("limber-player-controls");
        for (Button button : List.of(previous, pause, restart, next)) {
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        }

        phases.addClassName("limber-player-phases");
        stepContent.addClassName("limber-player-step");
        var options = new Div(sound, autoAdvance);
        options.addClassName("limber-player-options");
        add(top, clock, controls, phases, stepContent, options);
        showStep();
        mountClock(step, phase, remainingMs);
        WakeLock.request(error -> { }, UI.getCurrent());
    }

    private void mountClock(int step, int phase, long remainingMs) {
        String options = JsonMapper.shared().writeValueAsString(java.util.Map.of(
                "sound", sound.getValue(), "autoAdvance", autoAdvance.getValue(),
                "storageKey", source.resumeKey(), "version", source.routine().version()));
        getElement().executeJs("window.LimberPlayer.mount(this, $0, $1, JSON.parse($2), $3, $4, $5)",
                clock.getElement(), plan.toJson(), options, step, phase, (double) remainingMs);
    }

    private void clockOption(String name, boolean value) {
        if (state == State.PLAYING) {
            getElement().executeJs("window.LimberPlayer && window.LimberPlayer.set(this, $0, $1)", name, value);
        }
    }

    /** The athlete chose a step: Previous, Next or one from the list. */
    void jump(int step) {
        if (state != State.PLAYING || step < 0 || step >= plan.steps().size() || !stillPlayable()) {
            return;
        }
        current = step;
        showStep();
        getElement().executeJs("window.LimberPlayer.goTo(this, $0)", step);
    }

    /** The clock went on to the next step by itself. */
    private void onClientStep(int step) {
        if (state != State.PLAYING || step < 0 || step >= plan.steps().size() || step == current || !stillPlayable()) {
            return;
        }
        current = step;
        showStep();
    }

    private void onClientEnd() {
        if (state == State.PLAYING) {
            finish(true);
        }
    }

    private void showStep() {
        PublishedStep step = routine.steps().get(current);
        PlayPlan.Step planned = plan.steps().get(current);
        reached.set(current);
        previous.setEnabled(current > 0);
        boolean last = current + 1 == plan.steps().size();
        next.setText(last ? "Finish" : "Next");
        next.setIcon((last ? VaadinIcon.FLAG_CHECKERED : VaadinIcon.STEP_FORWARD).create());

        phases.removeAll();
        var sequence = new OrderedList();
        sequence.getElement().setAttribute("aria-label", "This step");
        for (PlayPlan.Phase phase : planned.phases()) {
            var item = new ListItem(phase.title() + (phase.detail().isEmpty() ? "" : " · " + phase.detail())
                    + " · " + Durations.exactly(phase.seconds()));
            item.addClassName("limber-phase-" + phase.kind().name().toLowerCase(Locale.ROOT));
            sequence.add(item);
        }
        phases.add(sequence);

        // all of it typed by someone: set as text, never as markup
        stepContent.removeAll();
        var dose = new Paragraph(step.dose().describe());
        dose.addClassName("limber-stretch-dose");
        stepContent.add(dose);
        if (!step.dose().note().isEmpty()) {
            var coachNote = new Paragraph(step.dose().note());
            coachNote.addClassName("limber-coach-note");
            coachNote.getElement().setAttribute("data-label", "Coach's note");
            stepContent.add(coachNote);
        }
        stepContent.add(lines(new OrderedList(), "limber-player-instructions", step.instructions()));
        if (!step.cues().isEmpty()) {
            stepContent.add(heading("Feel for:"), lines(new UnorderedList(), "limber-player-cues", step.cues()));
        }
        if (!step.cautions().isEmpty()) {
            stepContent.add(heading("When to stop:"), lines(new UnorderedList(), "limber-cautions", step.cautions()));
        }
        var works = new Paragraph("Works " + Muscle.listed(step.primaryMuscles()));
        works.addClassName("limber-player-works");
        stepContent.add(works, BodyMap.thumbnail(step.primaryMuscles(), step.secondaryMuscles()));
        if (stepList != null) {
            stepList.close();
        }
    }

    private static <L extends HtmlContainer> L lines(L list, String className, List<String> lines) {
        list.addClassName(className);
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private static Paragraph heading(String text) {
        var heading = new Paragraph(text);
        heading.addClassName("limber-player-list-heading");
        return heading;
    }

    private void openStepList() {
        stepList = new Dialog();
        stepList.setHeaderTitle("All steps");
        var list = new OrderedList();
        list.addClassName("limber-player-step-list");
        for (int i = 0; i < plan.steps().size(); i++) {
            int index = i;
            var choose = new Button((i + 1) + ". " + plan.steps().get(i).name(), click -> jump(index));
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (i == current) {
                choose.getElement().setAttribute("aria-current", "step");
            }
            list.add(new ListItem(choose));
        }
        stepList.add(list);
        var close = new Button("Close", click -> stepList.close());
        close.addThemeVariants(ButtonVariant.LUMO_LARGE);
        stepList.getFooter().add(close);
        stepList.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                stepList = null;
            }
        });
        stepList.open();
    }

    private void confirmEnd() {
        var confirm = new ConfirmDialog("End the session now?",
                "You have done " + reached.cardinality() + " of " + plan.steps().size()
                        + " steps. It is saved as a partial session.", "End session", click -> finish(false));
        confirm.setCancelable(true);
        confirm.setCancelText("Keep going");
        confirm.open();
    }

    /**
     * The session is over: the athlete reached the end (the clock ran out or they tapped Finish)
     * or ended it. It counts as complete only if they were on every step; it is recorded once.
     */
    void finish(boolean reachedTheEnd) {
        if (state != State.PLAYING) {
            return;
        }
        complete = reachedTheEnd && reached.cardinality() == plan.steps().size();
        try {
            source.ended(complete, reached.cardinality());
        } catch (InvalidSessionException refused) {
            // the routine was taken back (or the athlete removed) while they played
            stillPlayable();
            return;
        }
        getElement().executeJs("window.LimberPlayer && window.LimberPlayer.stop(this, true)");
        WakeLock.release(UI.getCurrent());
        state = State.DONE;
        showDone();
    }

    // ------------------------------------------------------------------ done

    private void showDone() {
        removeAll();
        feeling = new RadioButtonGroup<>("How did it feel?");
        pain = new RadioButtonGroup<>("Any pain?");
        painMap = new BodyMapPicker();
        painWhere = new Span();
        painError = new Span();
        note = new TextArea("Note for your coach (optional)");
        save = new Button("Save");
        saved = new Paragraph();
        var doneTitle = new H2(complete ? "Done!" : "Session ended");
        var doneSummary = new Paragraph(complete
                ? "You did all " + plan.steps().size() + (plan.steps().size() == 1 ? " step" : " steps") + " of " + routine.title() + "."
                : "You did " + reached.cardinality() + " of " + plan.steps().size() + " steps of " + routine.title() + ".");
        add(doneTitle, doneSummary);

        feeling.setItems(Feeling.values());
        feeling.setItemLabelGenerator(Feeling::label);
        feeling.addClassName("limber-choice");
        feeling.addValueChangeListener(event -> feeling.setInvalid(false));
        add(feeling);
        if (source.asksForPainAndNote()) {
            pain.setItems(false, true);
            pain.setItemLabelGenerator(hurt -> hurt ? "Yes, it hurt" : "No pain");
            pain.setValue(false);
            pain.addClassName("limber-choice");
            var where = new Div(new Span("Tap where it hurt:"), painMap, painWhere, painError);
            where.addClassName("limber-player-pain");
            where.setVisible(false);
            painError.addClassName("limber-field-error");
            painError.getElement().setAttribute("role", "alert");
            pain.addValueChangeListener(event -> {
                where.setVisible(Boolean.TRUE.equals(event.getValue()));
                painError.setText("");
            });
            painMap.addSelectionListener(muscles -> {
                painPicked.clear();
                painPicked.addAll(muscles);
                painWhere.setText(Muscle.listed(muscles.stream().sorted(Comparator.comparing(Muscle::label)).toList()));
                painError.setText("");
            });
            note.setMaxLength(SessionService.MAX_NOTE);
            note.setHelperText("Up to " + SessionService.MAX_NOTE + " characters");
            note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            note.addValueChangeListener(event -> {
                note.setHelperText(event.getValue().length() + " / " + SessionService.MAX_NOTE);
                note.setInvalid(false);
            });
            note.setWidthFull();
            add(pain, where, note);
        }
        if (!source.asksForPainAndNote() && !complete) {
            // an anonymous "I did it" counts a completion: not for part of the routine
            feeling.setVisible(false);
            var back = backLink();
            back.addClassName("limber-player-done-back");
            add(back);
            return;
        }
        save.setText(source.asksForPainAndNote() ? "Save" : "I did it");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClickListener(click -> saveFeedback());
        saved.addClassName("limber-player-saved");
        saved.setVisible(false);
        saved.getElement().setAttribute("role", "status");
        var buttons = new Div(save, backLink());
        buttons.addClassName("limber-player-buttons");
        add(buttons, saved);
    }

    void saveFeedback() {
        boolean ok = true;
        if (feeling.getValue() == null) {
            feeling.setErrorMessage("Choose how it felt.");
            feeling.setInvalid(true);
            ok = false;
        }
        boolean hurt = source.asksForPainAndNote() && Boolean.TRUE.equals(pain.getValue());
        if (hurt && painPicked.isEmpty()) {
            painError.setText(SessionService.PAIN_WITHOUT_PLACE);
            ok = false;
        }
        if (note.getValue().strip().length() > SessionService.MAX_NOTE) {
            note.setErrorMessage("Keep the note to at most " + SessionService.MAX_NOTE + " characters.");
            note.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            source.feedback(new SessionFeedback(feeling.getValue(), hurt, hurt ? painPicked : Set.of(),
                    source.asksForPainAndNote() ? note.getValue() : ""));
        } catch (InvalidSessionException refused) {
            saved.setText(refused.getMessage());
            saved.setVisible(true);
            return;
        } catch (ShareLinkGoneException gone) {
            stillPlayable();
            return;
        }
        saved.setText(source.asksForPainAndNote() ? "Saved. Your coach will see how it went." : "Thanks! Counted.");
        saved.setVisible(true);
        save.setText("Saved");
        save.setEnabled(source.asksForPainAndNote());
        if (source.asksForPainAndNote()) {
            save.setText("Save changes");
        }
    }

    // ------------------------------------------------------------------ access

    private boolean stillPlayable() {
        if (state != State.UNAVAILABLE && source.stillPlayable()) {
            return true;
        }
        if (state == State.PLAYING) {
            getElement().executeJs("window.LimberPlayer && window.LimberPlayer.stop(this, true)");
            WakeLock.release(UI.getCurrent());
        }
        state = State.UNAVAILABLE;
        removeAll();
        add(new H2("No longer available"),
                new Paragraph(source.unavailableMessage()), backLink());
        return false;
    }
}
