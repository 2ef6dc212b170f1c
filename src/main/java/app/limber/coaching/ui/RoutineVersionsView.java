package app.limber.coaching.ui;

import app.limber.account.Role;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;

/** A routine's published versions, newest first: when, the coach's note, what changed, and the steps as published. */
@Route("routines/:id([0-9]{1,18})/versions")
@PageTitle("Versions · Limber")
@RolesAllowed(Role.COACH_NAME)
public class RoutineVersionsView extends Div implements BeforeEnterObserver {

    static final String ID = "id";

    private final PublishingService publishing;
    private final SessionService sessions;

    public RoutineVersionsView(PublishingService publishing, SessionService sessions) {
        this.publishing = publishing;
        this.sessions = sessions;
        addClassNames("limber-page", "limber-versions");
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
        var back = new Anchor("routines/" + routineId, "Back to the routine");
        back.addClassName("limber-back-link");
        add(back, whoDoesIt(routineId), new H1("Published versions"));
        if (versions.isEmpty()) {
            add(new EmptyState(VaadinIcon.UPLOAD_ALT, "Not published yet",
                    "Publish the routine from the editor; each version is kept here, as your athletes saw it."));
            return;
        }
        for (VersionSummary version : versions) {
            var card = new Div();
            card.addClassNames("limber-card", "limber-version");
            var heading = new Span("Version " + version.number() + " \u00b7 " + UserTime.of(UI.getCurrent()).dayAndTime(version.publishedAt()));
            heading.addClassName("limber-version-heading");
            card.add(heading);
            if (!version.note().isEmpty()) {
                var note = new Paragraph(version.note());
                note.addClassName("limber-version-note");
                card.add(note);
            }
            var changes = new UnorderedList();
            version.changes().forEach(change -> changes.add(new ListItem(change)));
            card.add(changes);
            publishing.version(routineId, version.number()).ifPresent(published -> card.add(steps(published)));
            add(card);
        }
    }

    /** Per-routine adherence: each roster athlete's completions of this routine. */
    private Div whoDoesIt(long routineId) {
        var panel = new Div(new H2("Who does it"));
        panel.addClassName("limber-who-does-it");
        var rows = new UnorderedList();
        for (Adherence adherence : sessions.adherence(routineId)) {
            String text = adherence.athlete() + ": " + adherence.last7Days() + " this week, " + adherence.last30Days()
                    + " in 30 days" + (adherence.lastFeeling() == null ? "" : ", last felt " + adherence.lastFeeling().label().toLowerCase(Locale.ROOT))
                    + (adherence.painLately() ? " \u2014 pain reported lately" : "");
            var row = new ListItem(text);
            if (adherence.painLately()) {
                row.addClassName("limber-needs-attention");
            }
            rows.add(row);
        }
        if (rows.getChildren().findAny().isEmpty()) {
            panel.add(new Paragraph("No athlete has this routine yet: give it to athletes from the editor."));
        } else {
            panel.add(rows);
        }
        return panel;
    }

    private static Details steps(PublishedRoutine published) {
        var list = new OrderedList();
        for (PublishedStep step : published.steps()) {
            list.add(new ListItem(step.name() + " \u2014 " + step.dose().describe()
                    + (step.dose().note().isEmpty() ? "" : " \u00b7 note: " + step.dose().note())));
        }
        return new Details("Steps as published (" + published.steps().size() + ")", list);
    }
}
