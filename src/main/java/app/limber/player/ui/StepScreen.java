package app.limber.player.ui;

import app.limber.base.ui.PhotoStrip;
import app.limber.base.ui.VideoLoop;
import app.limber.body.ui.StretchFigure;
import app.limber.base.Words;
import app.limber.coaching.EasierVersion;
import app.limber.coaching.PublishedRoutine;
import app.limber.coaching.PublishedStep;
import app.limber.body.Muscle;
import app.limber.player.PlayPlan;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The screen while playing: the clock with Previous, Pause, Restart step and Next below it,
 * the phases of the step, its instructions, cues and cautions, and the muscles it works. The
 * screen shows one step at a time ({@link #show}); what happens on Next or End is the
 * {@link Player}'s to decide.
 */
class StepScreen extends Div {

    private final PublishedRoutine routine;
    private PlayPlan plan;
    private final IntConsumer onJump;
    private int current;

    final LimberClock clock = new LimberClock();

    /** The id of the current step's list of phases, which the clock marks as it plays. */
    static final String PHASE_LIST = "limber-phase-list";
    final Button previous = new Button(getTranslation("player.step.previous"), VaadinIcon.STEP_BACKWARD.create());
    final Button pause = new Button();
    final Button restart = new Button(getTranslation("player.step.restart"));
    final Button next = new Button(getTranslation("player.step.next"), VaadinIcon.STEP_FORWARD.create());
    final Button allSteps = new Button(getTranslation("player.step.all-steps"));
    final Button end = new Button(getTranslation("player.step.end"));
    /*
     * The controls only some steps need are built while such a step shows and dropped after (an
     * open player stays small): Released, Stop here and Next at the maximum for a hold until it
     * releases; Easier, Original and what they give for a step with an easier version. Null while
     * the current step has none.
     */
    /** A hold until it releases: the athlete feels the cramp let go (the clock's own). */
    Button released;
    /** At the maximum of a hold until it releases: end the session here (the {@link Player}'s: {@link #onStopHere}). */
    Button stopHere;
    /** At the maximum of a hold until it releases: go on with the step (the clock's own). */
    Button releaseNext;
    private Div releaseControls;
    /** A step with an easier version, before its hold begins: play that instead (the {@link Player}'s: {@link #onChooseEasier}). */
    Button easier;
    /** The easier version taken, before its hold begins: back to the step's own stretch (the {@link Player}'s). */
    Button original;
    /** What Easier gives ("Knee bend calf stretch, same dose"), or whose easier version is shown. */
    Span variantHint;
    private Div variantControls;
    /** Stop here, at the maximum of a hold until it releases (set by the {@link Player}). */
    Runnable onStopHere = () -> { };
    /** Easier (true) or Original (false) tapped (set by the {@link Player}). */
    java.util.function.Consumer<Boolean> onChooseEasier = easier -> { };
    /** Whether the athlete took a step's easier version (the {@link Player} asks its source). */
    java.util.function.IntPredicate easierTaken = step -> false;
    final Div phases = new Div();
    final Div stepContent = new Div();
    /** Where a step's photo is served for this player (set by the {@link Player} from its source). */
    Function<String, String> photoAddress = photo -> "photos/" + photo;
    /** Where a step's video is served for this player (set by the {@link Player} from its source). */
    Function<String, String> videoAddress = video -> "videos/" + video;
    Dialog stepList;
    Component figure;

    /**
     * @param onJump   the athlete chose a step (Previous, Next within the routine, the step list)
     * @param onFinish Next on the last step ("Finish")
     * @param onEnd    End, before the last step
     */
    StepScreen(PublishedRoutine routine, PlayPlan plan, Component options, IntConsumer onJump, Runnable onFinish, Runnable onEnd) {
        this.routine = routine;
        this.plan = plan;
        this.onJump = onJump;
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        end.addClassName("limber-player-end");
        end.addClickListener(click -> onEnd.run());
        allSteps.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        allSteps.addClickListener(click -> openStepList());
        var top = new Div(allSteps, end);
        top.addClassName("limber-player-top");

        previous.addClickListener(click -> onJump.accept(current - 1));
        next.addClickListener(click -> {
            if (current + 1 < plan.steps().size()) {
                onJump.accept(current + 1);
            } else {
                onFinish.run();
            }
        });
        // Pause and Restart step are the clock's own: it handles their taps in the browser
        LimberClock.pauses(pause);
        var whenPlaying = new Span(getTranslation("player.step.pause"));
        whenPlaying.addClassName("limber-when-playing");
        var whenPaused = new Span(getTranslation("player.step.resume"));
        whenPaused.addClassName("limber-when-paused");
        pause.setIcon(VaadinIcon.PAUSE.create());
        pause.getElement().appendChild(whenPlaying.getElement(), whenPaused.getElement());
        pause.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        LimberClock.restartsStep(restart);
        var controls = new Div(previous, pause, restart, next);
        controls.addClassName("limber-player-controls");
        for (Button button : List.of(previous, pause, restart, next)) {
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        }
        clock.add(controls);

        phases.addClassName("limber-player-phases");
        clock.setPhaseList(PHASE_LIST);
        stepContent.addClassName("limber-player-step");
        // the routine names the page for screen readers; the clock shows the step's name
        var heading = new H1(routine.title());
        heading.addClassName("limber-visually-hidden");
        add(heading, top, clock, phases, stepContent, options);
    }

    /**
     * Released while a hold until it releases counts up; Stop here and Next at its maximum (shown
     * by the page's CSS), right below the controls: there while the step has such a hold, else gone.
     */
    private void showReleaseControls(boolean needed) {
        if (!needed) {
            if (releaseControls != null) {
                releaseControls.removeFromParent();
                releaseControls = null;
                released = null;
                stopHere = null;
                releaseNext = null;
            }
            return;
        }
        if (releaseControls != null) {
            return;
        }
        released = new Button(getTranslation("player.clock.released"), VaadinIcon.CHECK.create());
        stopHere = new Button(getTranslation("player.step.stop-here"), click -> onStopHere.run());
        releaseNext = new Button(getTranslation("player.step.next"), VaadinIcon.STEP_FORWARD.create());
        LimberClock.releases(released);
        LimberClock.goesOnAfterMax(releaseNext);
        released.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_SUCCESS);
        released.addClassName("limber-release-now");
        stopHere.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_ERROR);
        releaseNext.addThemeVariants(ButtonVariant.LUMO_LARGE);
        var atMax = new Div(stopHere, releaseNext);
        atMax.addClassName("limber-release-at-max");
        releaseControls = new Div(released, atMax);
        releaseControls.addClassName("limber-release-controls");
        clock.addComponentAtIndex(1, releaseControls);
    }

    /**
     * Easier / Original, below the controls while the step gets ready (the page's CSS hides them
     * once the hold begins): a secondary action, not competing with the clock's own. There while
     * the step has an easier version, else gone.
     */
    private void showVariantControls(boolean needed) {
        if (!needed) {
            if (variantControls != null) {
                variantControls.removeFromParent();
                variantControls = null;
                easier = null;
                original = null;
                variantHint = null;
            }
            return;
        }
        if (variantControls != null) {
            return;
        }
        easier = new Button(getTranslation("player.step.easier"), VaadinIcon.LEVEL_DOWN.create(), click -> onChooseEasier.accept(true));
        original = new Button(getTranslation("player.step.original"), VaadinIcon.ARROW_BACKWARD.create(),
                click -> onChooseEasier.accept(false));
        for (Button button : List.of(easier, original)) {
            button.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
        }
        variantHint = new Span();
        variantHint.addClassName("limber-player-variant-hint");
        variantControls = new Div(easier, original, variantHint);
        variantControls.addClassName("limber-player-variant");
        clock.addComponentAtIndex(releaseControls == null ? 1 : 2, variantControls);
    }

    /** The step's hold began: its choice of version is fixed, so Easier and Original go (until the step shows again). */
    void holdBegun() {
        if (variantControls != null) {
            easier.setVisible(false);
            original.setVisible(false);
            variantHint.setVisible(false);
        }
    }

    /** The plan the clock shows (a step taken in its easier version goes by that name). */
    void usePlan(PlayPlan shown) {
        this.plan = shown;
    }

    int current() {
        return current;
    }

    /** Shows a step: its phases, what to do and what to feel; the clock is told separately. */
    void show(int index) {
        current = index;
        PublishedStep step = routine.steps().get(index);
        PlayPlan.Step planned = plan.steps().get(index);
        previous.setEnabled(index > 0);
        boolean last = index + 1 == plan.steps().size();
        next.setText(getTranslation(last ? "player.step.finish" : "player.step.next"));
        next.setIcon((last ? VaadinIcon.FLAG_CHECKERED : VaadinIcon.STEP_FORWARD).create());

        phases.removeAll();
        var sequence = new OrderedList();
        sequence.getElement().setAttribute("aria-label", getTranslation("player.step.this-step"));
        // the clock marks the phase playing (it moves on in the browser); a new step starts at its first
        sequence.setId(PHASE_LIST);
        sequence.getElement().setAttribute("data-step", String.valueOf(index));
        for (PlayPlan.Phase phase : planned.phases()) {
            var item = new ListItem(phase.listedIn(getLocale()));
            item.addClassName("limber-phase-" + phase.kind().name().toLowerCase(Locale.ROOT));
            if (sequence.getChildren().findAny().isEmpty()) {
                item.getElement().setAttribute("aria-current", "step");
            }
            sequence.add(item);
        }
        phases.add(sequence);

        showReleaseControls(planned.phases().stream().anyMatch(phase -> phase.kind() == PlayPlan.Kind.RELEASE));
        EasierVersion easierVersion = step.easier();
        boolean easierShown = easierVersion != null && easierTaken.test(index);
        showVariantControls(easierVersion != null);
        if (easierVersion != null) {
            easier.setVisible(!easierShown);
            original.setVisible(easierShown);
            variantHint.setVisible(true);
            variantHint.setText(easierShown ? getTranslation("player.step.instead-same-dose", step.name())
                    : getTranslation("player.step.same-dose", easierVersion.name()));
        }

        // all of it typed by someone: set as text, never as markup
        stepContent.removeAll();
        if (easierShown) {
            var which = new Paragraph(getTranslation("player.step.easier-version-of", step.name()));
            which.addClassName("limber-player-easier-note");
            stepContent.add(which);
        }
        var dose = new Paragraph(step.dose().describe());
        dose.addClassName("limber-stretch-dose");
        stepContent.add(dose);
        if (!step.dose().note().isEmpty()) {
            var coachNote = new Paragraph(step.dose().note());
            coachNote.addClassName("limber-coach-note");
            coachNote.getElement().setAttribute("data-label", getTranslation("player.step.coach-note"));
            stepContent.add(coachNote);
        }
        if (easierShown) {
            showContent(easierVersion.instructions(), easierVersion.cues(), easierVersion.contraindicationCautions(),
                    easierVersion.cautions(), easierVersion.primaryMuscles());
            showFigure(StretchFigure.of(easierVersion.pose(), easierVersion.primaryMuscles(), easierVersion.secondaryMuscles(),
                    easierVersion.name(), StretchFigure.Size.LARGE), "limber-player-figure");
        } else {
            if (!step.photos().isEmpty()) {
                stepContent.add(new PhotoStrip(step.name(), step.photos(), photoAddress));
            }
            showContent(step.instructions(), step.cues(), step.contraindicationCautions(), step.cautions(), step.primaryMuscles());
            showFigure(step);
        }
        if (stepList != null) {
            stepList.close();
        }
    }

    /** What to do, what to feel, when not to and when to stop, and the muscles worked. */
    private void showContent(List<String> instructions, List<String> cues, List<String> contraindications,
                             List<String> cautions, List<Muscle> primaryMuscles) {
        stepContent.add(lines(new OrderedList(), "limber-player-instructions", instructions));
        if (!cues.isEmpty()) {
            stepContent.add(heading(getTranslation("player.step.feel-for")), lines(new UnorderedList(), "limber-player-cues", cues));
        }
        if (!contraindications.isEmpty()) {
            stepContent.add(heading(getTranslation("player.step.check-before")),
                    lines(new UnorderedList(), "limber-contraindications", contraindications));
        }
        if (!cautions.isEmpty()) {
            stepContent.add(heading(getTranslation("player.step.when-to-stop")), lines(new UnorderedList(), "limber-cautions", cautions));
        }
        var works = new Paragraph(getTranslation("player.step.works", muscles(primaryMuscles)));
        works.addClassName("limber-player-works");
        stepContent.add(works);
    }

    /**
     * The step's figure, large, above the countdown (the clock's "figure" slot); the clock
     * marks the side being worked and the page's CSS mirrors the figure for the right side.
     * A stretch with the coach's video shows it there instead, a silent loop (never mirrored).
     */
    private void showFigure(PublishedStep step) {
        if (step.video() != null) {
            showFigure(new VideoLoop(step.name(), videoAddress.apply(step.video()), 0, 0), "limber-player-video");
        } else {
            showFigure(StretchFigure.of(step.pose(), step.primaryMuscles(), step.secondaryMuscles(), step.name(),
                    StretchFigure.Size.LARGE), "limber-player-figure");
        }
    }

    private void showFigure(Component shown, String className) {
        if (figure != null) {
            figure.removeFromParent();
        }
        figure = shown;
        figure.getElement().getClassList().add(className);
        figure.getElement().setAttribute("slot", "figure");
        clock.add(figure);
    }

    /** "Hamstrings, Calf (soleus)": muscles' names in the UI's language, as {@link Muscle#listed} lists them. */
    static String muscles(java.util.Collection<Muscle> muscles) {
        return String.join(", ", muscles.stream().map(muscle -> Words.label(muscle).shown()).toList());
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
        stepList.setHeaderTitle(getTranslation("player.step.all-steps"));
        var list = new OrderedList();
        list.addClassName("limber-player-step-list");
        for (int i = 0; i < plan.steps().size(); i++) {
            int index = i;
            var choose = new Button((i + 1) + ". " + plan.steps().get(i).name(), click -> onJump.accept(index));
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (i == current) {
                choose.getElement().setAttribute("aria-current", "step");
            }
            list.add(new ListItem(choose));
        }
        stepList.add(list);
        var close = new Button(getTranslation("player.step.close"), click -> stepList.close());
        close.addThemeVariants(ButtonVariant.LUMO_LARGE);
        stepList.getFooter().add(close);
        stepList.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                stepList = null;
            }
        });
        stepList.open();
    }
}
