package app.limber.routine.ui;

import app.limber.base.Durations;
import app.limber.base.Words;
import app.limber.body.Muscle;
import app.limber.body.ui.BodyMap;
import app.limber.routine.RoutineDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

import java.util.Arrays;
import java.util.Map;

/** The editor's summary: how long the routine takes and how much each muscle gets. */
class RoutineSummaryPanel extends Div {

    final Span duration = new Span();
    final Div coverageList = new Div();
    final Span notCovered = new Span();
    final BodyMap coverage = BodyMap.coverage(Map.of());
    private int shownSteps = -1;
    private int shownSeconds = -1;
    private boolean shownAtMost;
    private Map<Muscle, Integer> shownCoverage = Map.of();

    RoutineSummaryPanel() {
        addClassName("limber-routine-summary");
        duration.addClassName("limber-routine-duration");
        coverageList.addClassName("limber-coverage-list");
        notCovered.addClassName("limber-not-covered");
        add(new H2(getTranslation("routine-summary.heading")), duration, coverage, coverageList, notCovered);
    }

    void show(RoutineDetails routine) {
        int steps = routine.steps().size();
        boolean atMost = routine.steps().stream().anyMatch(step -> step.dose().untilReleased());
        if (steps == shownSteps && routine.estimatedSeconds() == shownSeconds && routine.coverage().equals(shownCoverage)
                && atMost == shownAtMost) {
            return; // a note or a title changed: the summary did not
        }
        shownSteps = steps;
        shownSeconds = routine.estimatedSeconds();
        shownAtMost = atMost;
        shownCoverage = Map.copyOf(routine.coverage());
        duration.setText(steps == 0 ? getTranslation("routine-summary.no-steps")
                : getTranslation("routine-summary.duration", steps, Durations.approximatelyInWords(routine.estimatedSeconds(), atMost)));
        coverage.showCoverage(routine.coverage());
        coverageList.removeAll();
        routine.coverage().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<Muscle, Integer>comparingByValue().reversed())
                .forEach(entry -> {
                    var row = new Div(new Span(getTranslation(Words.label(entry.getKey()).key())),
                            new Span(shown(Durations.exactlyInWords(entry.getValue()))));
                    row.addClassName("limber-coverage-row");
                    coverageList.add(row);
                });
        var missing = Arrays.stream(Muscle.values()).filter(muscle -> routine.coverage().getOrDefault(muscle, 0) == 0)
                .toList();
        notCovered.setText(missing.isEmpty() ? getTranslation("routine-summary.all-covered")
                : getTranslation("routine-summary.not-worked", StretchPreview.muscles(missing)));
    }

    private String shown(Words words) {
        return getTranslation(words.key(), words.args().toArray());
    }
}
