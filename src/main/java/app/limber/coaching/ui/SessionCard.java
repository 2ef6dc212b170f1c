package app.limber.coaching.ui;

import app.limber.base.Durations;
import app.limber.base.Words;
import app.limber.base.ui.UserTime;
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

/**
 * One athlete's session as the coach reads it: who, which routine and version, when, complete or
 * partial (steps done of steps), how it felt, pain (0–10, where, which side) and the athlete's
 * note, all as text. On the athlete page it also lists each step's outcome.
 */
class SessionCard extends Div {

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
            var feeling = new Span(getTranslation(switch (session.feeling()) {
                case EASY -> "session-card.felt-easy";
                case GOOD -> "session-card.felt-good";
                case HARD -> "session-card.felt-hard";
            }));
            feeling.addClassName("limber-session-feeling");
            facts.add(feeling);
        }
        String painText = painText(session);
        if (!painText.isEmpty()) {
            pain.setText(painText);
            // red only for pain; "No pain" is said plainly
            pain.addClassName(hurt(session) ? "limber-session-pain" : "limber-session-no-pain");
            facts.add(pain);
        }
        add(facts);
        if (!session.note().isBlank()) {
            note.setText(getTranslation("session-card.note", session.note()));
            note.addClassName("limber-session-note");
            add(note);
        }
        if (withSteps && !session.steps().isEmpty()) {
            steps.addClassName("limber-session-steps");
            for (StepResult step : session.steps()) {
                var item = new ListItem(stepText(step));
                item.getElement().setAttribute("data-outcome", step.outcome().name());
                steps.add(item);
            }
            add(steps);
        }
    }

    /** "Calf stretch: done, released after 40 s", "Child's pose: shortened (20 of 30 s), took the easier version: …". */
    static String stepText(StepResult step) {
        String outcome = Words.label(step.outcome()).shown();
        String text = step.release() != null ? step.name() + ": " + outcome + ", " + release(step.release()).shown()
                : step.plannedSeconds() > 0 ? Words.of("session-card.step-timed", step.name(), outcome, step.workSeconds(), step.plannedSeconds()).shown()
                : step.name() + ": " + outcome;
        return step.easier() == null ? text : Words.of("session-card.took-easier", text, step.easier().name()).shown();
    }

    /** "released after 40 s", "not released in 2 min", "released 1 of 2 times, 2 min 40 s in all". */
    static Words release(StepResult.Release release) {
        return release.words();
    }

    /** "Complete · 4 of 4 steps" or "Partial · 3 of 4 steps · Child's pose skipped". */
    static String outcomeText(SessionSummary session) {
        List<String> parts = new ArrayList<>();
        parts.add(Words.of(session.complete() ? "session-card.complete" : "session-card.partial").shown());
        if (session.stepsTotal() > 0) {
            parts.add(Words.of("session-card.steps", session.stepsDone(), session.stepsTotal()).shown());
        }
        for (StepResult.Outcome kind : List.of(StepResult.Outcome.SKIPPED, StepResult.Outcome.SHORTENED)) {
            List<String> names = session.steps().stream().filter(step -> step.outcome() == kind).map(StepResult::name).toList();
            boolean skipped = kind == StepResult.Outcome.SKIPPED;
            if (names.size() == session.steps().size() && names.size() > 1) {
                parts.add(Words.of(skipped ? "session-card.all-skipped" : "session-card.all-shortened").shown());
            } else if (!names.isEmpty()) {
                parts.add(Words.of(skipped ? "session-card.skipped" : "session-card.shortened", String.join(", ", names)).shown());
            }
        }
        return String.join(" \u00b7 ", parts);
    }

    private static boolean hurt(SessionSummary session) {
        return session.painLevel() != null ? session.painLevel() > 0 : session.pain();
    }

    /** "Pain 6/10 · Hamstrings · Left side", "Pain reported · Calf" for older sessions, "No pain", "" for none. */
    static String painText(SessionSummary session) {
        if (!hurt(session)) {
            return session.painLevel() != null && session.feeling() != null ? Words.of("session-card.no-pain").shown() : "";
        }
        List<String> parts = new ArrayList<>();
        parts.add((session.painLevel() == null ? Words.of("attention.pain-reported")
                : Words.of("attention.pain-level", session.painLevel())).shown());
        if (!session.painWhere().isEmpty()) {
            parts.add(String.join(", ", session.painWhere().stream().map(muscle -> Words.label(muscle).shown()).toList()));
        }
        if (session.painSide() != null) {
            parts.add(Words.of(switch (session.painSide()) {
                case LEFT -> "session-card.left-side";
                case RIGHT -> "session-card.right-side";
                case BOTH -> "session-card.both-sides";
            }).shown());
        }
        return String.join(" \u00b7 ", parts);
    }
}
