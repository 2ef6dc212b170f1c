package app.limber.coaching.ui;

import app.limber.coaching.AssignmentService;
import app.limber.coaching.PublishState;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.ui.RoutineEditorExtension;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The routine editor's publishing part: whether athletes see the routine as it is, a link
 * to its versions, "Give to athletes" and "Publish".
 */
public class PublishingBar extends HorizontalLayout implements RoutineEditorExtension.EditorPart {

    final Span publishState = new Span();
    /** The versions page, by its address. */
    final Anchor versionsLink = new Anchor();
    final Button giveToAthletes = new Button(getTranslation("publishing-bar.give"), VaadinIcon.USERS.create());
    final Button publish = new Button(getTranslation("publishing-bar.publish"), VaadinIcon.UPLOAD_ALT.create());

    private final PublishingService publishing;
    private final AssignmentService assignments;
    private final RosterService roster;
    private final java.time.Clock clock;
    private RoutineDetails routine;

    PublishingBar(RoutineDetails routine, PublishingService publishing, AssignmentService assignments, RosterService roster,
                  java.time.Clock clock) {
        this.clock = clock;
        this.publishing = publishing;
        this.assignments = assignments;
        this.roster = roster;
        addClassName("limber-publishing-bar");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        publishState.addClassName("limber-publish-state");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> openPublishDialog());
        giveToAthletes.addClickListener(click -> openGiveDialog());
        versionsLink.setText(getTranslation("publishing-bar.versions"));
        add(publishState, versionsLink, giveToAthletes, publish);
        routineChanged(routine);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void routineChanged(RoutineDetails changed) {
        this.routine = changed;
        versionsLink.setHref("routines/" + changed.id() + "/versions");
        showPublishState();
    }

    void openPublishDialog() {
        new PublishDialog(routine, publishing, this::showPublishState).open();
    }

    void openGiveDialog() {
        new GiveToAthletesDialog(routine, assignments, roster, clock).open();
    }

    private void showPublishState() {
        PublishState state = publishing.state(routine);
        publishState.setText(getTranslation(switch (state) {
            case DRAFT -> "publishing-bar.draft";
            case PUBLISHED -> "publishing-bar.published";
            case CHANGED -> "publishing-bar.changed";
        }));
        publishState.getElement().setAttribute("data-state", state.name());
        publish.setEnabled(state != PublishState.PUBLISHED && !routine.steps().isEmpty());
        versionsLink.setVisible(state != PublishState.DRAFT);
        giveToAthletes.setEnabled(state != PublishState.DRAFT);
        giveToAthletes.setTooltipText(state == PublishState.DRAFT ? getTranslation("publishing-bar.publish-first") : null);
    }
}
