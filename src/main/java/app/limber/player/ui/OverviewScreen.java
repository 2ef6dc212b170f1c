package app.limber.player.ui;

import app.limber.base.Durations;
import app.limber.base.Words;
import app.limber.base.ui.CoachWords;
import app.limber.coaching.PublishedRoutine;
import app.limber.coaching.PublishedStep;
import app.limber.player.PlayPlan;
import app.limber.player.PlaySource;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

/**
 * The player's first screen: the routine, the note the coach published it with, its steps and how long it takes, the sound and
 * auto-advance choices, Start, and (when the browser kept a recent position of this version)
 * Continue or Start over. It exists only until playing starts, so an open player stays small.
 */
class OverviewScreen extends Div {

    /** A saved position older than this is not offered any more. */
    static final Duration RESUME_WINDOW = Duration.ofHours(12);

    /** Where playing starts: a step, a phase of it and the time left in that phase (0: all of it). */
    interface StartListener {
        void start(int step, int phase, long remainingMs);
    }

    /** Continue or Start over; Start over also forgets the saved position. */
    interface StartOverListener {
        void startOver();
    }

    private final PlaySource source;
    private final PlayPlan plan;
    private final StartListener onStart;
    private final StartOverListener onStartOver;

    final Button start = new Button(getTranslation("player.overview.start"), VaadinIcon.PLAY.create());
    final Div resume = new Div();
    final OrderedList overviewSteps = new OrderedList();

    OverviewScreen(PlaySource source, Component options, Component backLink, StartListener onStart, StartOverListener onStartOver) {
        this.source = source;
        this.plan = source.plan();
        this.onStart = onStart;
        this.onStartOver = onStartOver;
        PublishedRoutine routine = source.routine().routine();
        add(backLink);
        var facts = new Paragraph(facts(routine));
        facts.addClassName("limber-player-facts");
        add(new H1(routine.title()), facts);
        if (!source.routine().note().isEmpty()) {
            add(CoachWords.publishNote(source.routine().coach(), source.routine().note()));
        }
        if (!routine.description().isEmpty()) {
            add(new Paragraph(routine.description()));
        }
        resume.addClassName("limber-player-resume");
        resume.setVisible(false);
        add(resume);

        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassName("limber-player-start");
        start.addClickListener(event -> onStart.start(0, 0, 0));
        LimberClock.unlocksSound(start);
        add(start, options);

        overviewSteps.addClassName("limber-player-overview");
        for (int i = 0; i < routine.steps().size(); i++) {
            PublishedStep step = routine.steps().get(i);
            var name = new Span(step.name());
            name.addClassName("limber-player-overview-name");
            Words length = Durations.exactlyInWords(plan.steps().get(i).seconds());
            var dose = new Span(step.dose().describe() + " · "
                    + (step.dose().untilReleased() ? Words.of("duration.up-to", length) : length).shown());
            dose.addClassName("limber-stretch-dose");
            overviewSteps.add(new ListItem(name, dose));
        }
        add(new H2(getTranslation("player.overview.steps")), overviewSteps);
    }

    private String facts(PublishedRoutine routine) {
        var text = new StringBuilder();
        if (source.routine().coach() != null) {
            text.append(getTranslation("player.overview.from", source.routine().coach())).append(" · ");
        }
        if (routine.purpose() != null) {
            text.append(Words.label(routine.purpose()).shown()).append(" · ");
        }
        int steps = routine.steps().size();
        return text.append(getTranslation("player.overview.step-count", steps)).append(" · ")
                .append(Durations.approximately(routine.estimatedSeconds(),
                        routine.steps().stream().anyMatch(step -> step.dose().untilReleased()))).toString();
    }

    /** Offers to continue from the position the browser saved, if it fits this version and is recent. */
    void offerResume(String saved) {
        if (saved == null) {
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
        var text = new Paragraph(getTranslation("player.overview.stopped-at", step + 1, plan.steps().size(), plan.steps().get(step).name()));
        var carryOn = new Button(getTranslation("player.overview.continue"), VaadinIcon.PLAY.create(), click -> onStart.start(step, phase, remaining));
        carryOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        LimberClock.unlocksSound(carryOn);
        var startOver = new Button(getTranslation("player.overview.start-over"), click -> onStartOver.startOver());
        startOver.addThemeVariants(ButtonVariant.LUMO_LARGE);
        LimberClock.unlocksSound(startOver);
        var buttons = new Div(carryOn, startOver);
        buttons.addClassName("limber-player-buttons");
        resume.add(text, buttons);
        resume.setVisible(true);
        start.setVisible(false);
    }
}
