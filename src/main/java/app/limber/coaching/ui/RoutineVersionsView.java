package app.limber.coaching.ui;

import app.limber.account.Role;
import app.limber.base.Words;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.UserTime;
import app.limber.coaching.Adherence;
import app.limber.coaching.PublishedRoutine;
import app.limber.coaching.PublishedStep;
import app.limber.coaching.PublishingService;
import app.limber.coaching.SessionService;
import app.limber.coaching.VersionSummary;
import app.limber.routine.RoutineNotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** A routine's published versions, newest first: when, the coach's note, what changed, and the steps as published. */
@Route("routines/:id([0-9]{1,18})/versions")
@RolesAllowed(Role.COACH_NAME)
public class RoutineVersionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final PublishingService publishing;
    private final SessionService sessions;

    public RoutineVersionsView(PublishingService publishing, SessionService sessions) {
        this.publishing = publishing;
        this.sessions = sessions;
        addClassNames("limber-page", "limber-versions");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("routine-versions.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(ID);
        try {
            if (id.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            show(id.get(), publishing.versions(id.get()));
        } catch (RoutineNotFoundException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(long routineId, List<VersionSummary> versions) {
        removeAll();
        // the editor belongs to the routine feature: linked by its address, not its class
        var back = new Anchor("routines/" + routineId, getTranslation("routine-versions.back"));
        back.addClassName("limber-back-link");
        add(back, whoDoesIt(routineId), new H1(getTranslation("routine-versions.title")));
        if (versions.isEmpty()) {
            add(new EmptyState(VaadinIcon.UPLOAD_ALT, getTranslation("routine-versions.none"),
                    getTranslation("routine-versions.none-text")));
            return;
        }
        for (VersionSummary version : versions) {
            var card = new Div();
            card.addClassNames("limber-card", "limber-version");
            var heading = new Span(getTranslation("routine-versions.heading", version.number(),
                    UserTime.of(UI.getCurrent()).dayAndTime(version.publishedAt())));
            heading.addClassName("limber-version-heading");
            card.add(heading);
            if (!version.note().isEmpty()) {
                var note = new Paragraph(version.note());
                note.addClassName("limber-version-note");
                card.add(note);
            }
            var changes = new UnorderedList();
            version.changes().forEach(change -> changes.add(new ListItem(change.shown())));
            card.add(changes);
            publishing.version(routineId, version.number()).ifPresent(published -> card.add(steps(published)));
            add(card);
        }
    }

    /** Per-routine adherence: each roster athlete's completions of this routine. */
    private Div whoDoesIt(long routineId) {
        var panel = new Div(new H2(getTranslation("routine-versions.who")));
        panel.addClassName("limber-who-does-it");
        var rows = new UnorderedList();
        for (Adherence adherence : sessions.adherence(routineId)) {
            Words keepingUp = adherence.lastFeeling() == null
                    ? Words.of("routine-versions.row", adherence.athlete(), adherence.last7Days(), adherence.last30Days())
                    : Words.of("routine-versions.row-felt", adherence.athlete(), adherence.last7Days(), adherence.last30Days(),
                    Words.of(switch (adherence.lastFeeling()) {
                        case EASY -> "routine-versions.felt-easy";
                        case GOOD -> "routine-versions.felt-good";
                        case HARD -> "routine-versions.felt-hard";
                    }));
            String text = (adherence.painLately() ? Words.of("routine-versions.pain-lately", keepingUp) : keepingUp).shown();
            var row = new ListItem(text);
            if (adherence.painLately()) {
                row.addClassName("limber-needs-attention");
            }
            rows.add(row);
        }
        if (rows.getChildren().findAny().isEmpty()) {
            panel.add(new Paragraph(getTranslation("routine-versions.nobody")));
        } else {
            panel.add(rows);
        }
        return panel;
    }

    private Details steps(PublishedRoutine published) {
        var list = new OrderedList();
        for (PublishedStep step : published.steps()) {
            // the dose's words are the routine feature's (StepDose)
            String dose = step.name() + " \u2014 " + step.dose().describe();
            list.add(new ListItem(step.dose().note().isEmpty() ? dose
                    : getTranslation("routine-versions.step-note", dose, step.dose().note())));
        }
        return new Details(getTranslation("routine-versions.steps", published.steps().size()), list);
    }
}
