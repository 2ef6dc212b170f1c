package app.limber.coaching.ui;

import app.limber.base.ui.UserTime;
import app.limber.body.Muscle;
import app.limber.coaching.PainSide;
import app.limber.coaching.SessionSummary;
import app.limber.coaching.StepResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One athlete's session as the coach reads it: who, which routine and version, when, complete or
 * partial (steps done of steps), how it felt, pain (0–10, where, which side) and the athlete's
 * note, all as text. On the athlete page it also lists each step's outcome.
 */
class SessionCard extends Div {

    static final String NO_PAIN = "No pain";

    final Span outcome = new Span();
    final Span pain = new Span();
    final Paragraph note = new Paragraph();
    final UnorderedList steps = new UnorderedList();

    SessionCard(SessionSummary session, boolean linkToAthlete, boolean withSteps) {
        addClassName("limber-session-card");
        getElement().setAttribute("data-session", String.valueOf(session.sessionId()));
        var heading = new Div();
        heading.addClassName("limber-session-heading");
        if (linkToAthlete) {
            var athlete = new Anchor("athletes/" + session.athleteId(), session.athlete());
            athlete.getElement().setAttribute("router-link", true);
            athlete.addClassName("limber-session-athlete");
            heading.add(athlete);
        }
        var routine = new Span(session.routineTitle() + " · v" + session.version());
        routine.addClassName("limber-session-routine");
        var when = new Span(UserTime.of(UI.getCurrent()).dayAndTime(session.finishedAt()));
        when.addClassName("limber-session-when");
        heading.add(routine, when);
        add(heading);

        outcome.setText(outcomeText(session));
        outcome.addClassName("limber-session-outcome");
        outcome.getElement().setAttribute("data-complete", String.valueOf(session.complete()));
        var facts = new Div(outcome);
        facts.addClassName("limber-session-facts");
        if (session.feeling() != null) {
            var feeling = new Span("Felt " + session.feeling().label().toLowerCase(Locale.ROOT));
            feeling.addClassName("limber-session-feeling");
            facts.add(feeling);
        }
        String painText = painText(session);
        if (!painText.isEmpty()) {
            pain.setText(painText);
            // red only for pain; "No pain" is said plainly
            pain.addClassName(painText.equals(NO_PAIN) ? "limber-session-no-pain" : "limber-session-pain");
            facts.add(pain);
        }
        add(facts);
        if (!session.note().isBlank()) {
            note.setText("\u201c" + session.note() + "\u201d");
            note.addClassName("limber-session-note");
            add(note);
        }
        if (withSteps && !session.steps().isEmpty()) {
            steps.addClassName("limber-session-steps");
            for (StepResult step : session.steps()) {
                var item = new ListItem(step.name() + ": " + step.outcome().label()
                        + (step.release() != null ? ", " + step.release().describe()
                        : step.plannedSeconds() > 0 ? " (" + step.workSeconds() + " of " + step.plannedSeconds() + " s)" : "")
                        + (step.easier() != null ? ", " + step.easier().describe() : ""));
                item.getElement().setAttribute("data-outcome", step.outcome().name());
                steps.add(item);
            }
            add(steps);
        }
    }

    /** "Complete · 4 of 4 steps" or "Partial · 3 of 4 steps · Child's pose skipped". */
    static String outcomeText(SessionSummary session) {
        List<String> parts = new ArrayList<>();
        parts.add(session.complete() ? "Complete" : "Partial");
        if (session.stepsTotal() > 0) {
            parts.add(session.stepsDone() + " of " + session.stepsTotal() + " steps");
        }
        for (StepResult.Outcome kind : List.of(StepResult.Outcome.SKIPPED, StepResult.Outcome.SHORTENED)) {
            List<String> names = session.steps().stream().filter(step -> step.outcome() == kind).map(StepResult::name).toList();
            if (names.size() == session.steps().size() && names.size() > 1) {
                parts.add("all " + kind.label());
            } else if (!names.isEmpty()) {
                parts.add(String.join(", ", names) + " " + kind.label());
            }
        }
        return String.join(" · ", parts);
    }

    /** "Pain 6/10 · Hamstrings · Left side", "Pain reported · Calf" for older sessions, "" for none. */
    static String painText(SessionSummary session) {
        boolean hurt = session.painLevel() != null ? session.painLevel() > 0 : session.pain();
        if (!hurt) {
            return session.painLevel() != null && session.feeling() != null ? NO_PAIN : "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(session.painLevel() == null ? "Pain reported" : "Pain " + session.painLevel() + "/10");
        if (!session.painWhere().isEmpty()) {
            parts.add(Muscle.listed(session.painWhere()));
        }
        if (session.painSide() != null) {
            parts.add(session.painSide() == PainSide.BOTH ? "Both sides" : session.painSide().label() + " side");
        }
        return String.join(" · ", parts);
    }
}
