package app.limber.coaching.ui;

import app.limber.account.Role;
import app.limber.base.ui.AdviceCard;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.PlayableRoutine;
import app.limber.coaching.PublishedRoutine;
import app.limber.coaching.PublishedStep;
import app.limber.library.HydrationAdvice;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * An assigned routine, read-only, as published: the note the coach published it with, every
 * step with its instructions, dose and the coach's note, and "Start" to play it step by step ({@code my-routines/{id}/play}).
 */
@Route("my-routines/:id([0-9]{1,18})")
@RolesAllowed(Role.ATHLETE_NAME)
public class AssignedRoutineView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final AssignmentService assignments;
    private final HydrationAdvice hydration;
    private PublishedRoutine routine;

    public AssignedRoutineView(AssignmentService assignments, HydrationAdvice hydration) {
        this.assignments = assignments;
        this.hydration = hydration;
        addClassNames("limber-page", "limber-assigned-routine");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PlayableRoutine version = event.getRouteParameters().getLong(ID).flatMap(assignments::openToPlay).orElse(null);
        if (version == null) {
            routine = null;
            event.rerouteToError(NotFoundException.class);
            return;
        }
        routine = version.routine();
        removeAll();
        var back = new RouterLink(getTranslation("assigned-routine.back"), MyRoutinesView.class);
        back.addClassName("limber-back-link");
        var start = new Anchor("my-routines/" + event.getRouteParameters().get(ID).orElseThrow() + "/play?start", getTranslation("my-routines.start"));
        start.getElement().setAttribute("router-link", true);
        start.addClassName("limber-start-link");
        add(back, new H1(routine.title()));
        if (!version.note().isEmpty()) {
            add(MyRoutinesView.publishNote(version.coach(), version.note()));
        }
        add(start);
        if (!routine.description().isEmpty()) {
            add(new Paragraph(routine.description()));
        }
        add(new H2(getTranslation("assigned-routine.steps")));
        var steps = new OrderedList();
        steps.addClassName("limber-assigned-steps");
        for (PublishedStep step : routine.steps()) {
            var item = new ListItem();
            var name = new H3(step.name());
            var dose = new Span(step.dose().describe());
            dose.addClassName("limber-stretch-dose");
            item.add(name, dose);
            if (!step.dose().note().isEmpty()) {
                var note = new Paragraph(getTranslation("assigned-routine.coach-note", step.dose().note()));
                note.addClassName("limber-coach-note");
                item.add(note);
            }
            var how = new OrderedList();
            step.instructions().forEach(line -> how.add(new ListItem(line)));
            item.add(how);
            if (!step.contraindications().isEmpty()) {
                var check = new UnorderedList();
                check.addClassNames("limber-cautions", "limber-contraindications");
                step.contraindications().stream().sorted().map(contraindication -> contraindication.cautionWords().shown())
                        .forEach(line -> check.add(new ListItem(line)));
                item.add(new Span(getTranslation("assigned-routine.check-first")), check);
            }
            if (!step.cautions().isEmpty()) {
                var stop = new UnorderedList();
                stop.addClassName("limber-cautions");
                step.cautions().forEach(line -> stop.add(new ListItem(line)));
                item.add(new Span(getTranslation("assigned-routine.when-to-stop")), stop);
            }
            steps.add(item);
        }
        add(steps);
        hydration.cardFor(routine.purpose())
                .ifPresent(card -> add(new AdviceCard(card.title(), card.amounts(), card.warning(), card.source())));
    }

    @Override
    public String getPageTitle() {
        return routine == null ? getTranslation("my-routines.page-title") : routine.title() + " · Limber";
    }
}
