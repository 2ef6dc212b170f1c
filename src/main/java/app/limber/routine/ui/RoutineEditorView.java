package app.limber.routine.ui;

import app.limber.base.ui.Durations;
import app.limber.account.Role;
import app.limber.base.ui.BodyMap;
import app.limber.base.ui.EmptyState;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.AthleteGroup;
import app.limber.coaching.PublishState;
import app.limber.coaching.RosterAthlete;
import app.limber.coaching.RosterService;
import app.limber.coaching.PublishingException;
import app.limber.coaching.PublishingService;
import app.limber.coaching.VersionSummary;
import app.limber.library.LibraryService;
import app.limber.library.Muscle;
import app.limber.library.Purpose;
import app.limber.library.StretchCard;
import app.limber.routine.InvalidRoutineException;
import app.limber.routine.RemovedStep;
import app.limber.routine.RoutineChangedException;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineService;
import app.limber.routine.StepDetails;
import app.limber.routine.StepDose;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a coach builds a routine: the library on one side, the steps on the other. A
 * stretch is dragged to a place between steps (or added at the end with its button);
 * steps are dragged, or moved with Move up / Move down, to reorder. Every change is stored
 * the moment it is made and the status says so; a change made meanwhile in another tab or
 * device is never overwritten: the editor says so and shows the current routine.
 */
@Route("routines/:id([0-9]{1,18})")
@RolesAllowed(Role.COACH_NAME)
public class RoutineEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String SAVED = "All changes saved";

    final TextField title = new TextField("Title");
    final Select<Purpose> purpose = new Select<>();
    final TextArea description = new TextArea("Description");
    final Span status = new Span();
    final Span duration = new Span();
    final Div coverageList = new Div();
    final Span notCovered = new Span();
    final BodyMap coverage = BodyMap.coverage(Map.of());
    final Div steps = new Div();
    final Div endZone = new Div();
    final LibraryPicker picker;
    final Span publishState = new Span();
    final Button publish = new Button("Publish", VaadinIcon.UPLOAD_ALT.create());
    final Button giveToAthletes = new Button("Give to athletes", VaadinIcon.USERS.create());
    /** The versions page belongs to the coaching feature: linked by its address, not its class. */
    final Anchor versionsLink = new Anchor();
    /** The share links page belongs to the sharing feature: linked by its address too. */
    final Anchor shareLink = new Anchor();

    private final RoutineService routines;
    private final PublishingService publishing;
    private final AssignmentService assignments;
    private final RosterService roster;
    private RoutineDetails routine;
    private final List<StepEditor> stepEditors = new ArrayList<>();

    public RoutineEditorView(RoutineService routines, LibraryService library, PublishingService publishing,
                             AssignmentService assignments, RosterService roster) {
        this.routines = routines;
        this.publishing = publishing;
        this.assignments = assignments;
        this.roster = roster;
        this.picker = new LibraryPicker(library, (stretch, position) -> addStep(stretch, position));
        addClassNames("limber-page", "limber-routine-editor");

        title.setMaxLength(RoutineService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setManualValidation(true);
        purpose.setLabel("Purpose");
        purpose.setItems(Purpose.values());
        purpose.setEmptySelectionAllowed(true);
        purpose.setEmptySelectionCaption("Any time");
        purpose.setItemLabelGenerator(value -> value == null ? "Any time" : value.label());
        description.setMaxLength(RoutineService.MAX_DESCRIPTION);
        description.setManualValidation(true);
        title.addValueChangeListener(change -> { if (change.isFromClient()) { describe(); } });
        purpose.addValueChangeListener(change -> { if (change.isFromClient()) { describe(); } });
        description.addValueChangeListener(change -> { if (change.isFromClient()) { describe(); } });

        status.addClassName("limber-save-status");
        status.getElement().setAttribute("role", "status");
        duration.addClassName("limber-routine-duration");

        var back = new RouterLink("Routines", RoutinesView.class);
        back.addClassName("limber-back-link");
        var details = new Div(title, purpose, description);
        details.addClassName("limber-routine-details");
        coverageList.addClassName("limber-coverage-list");
        notCovered.addClassName("limber-not-covered");
        var summary = new Div(new H3("Summary"), duration, coverage, coverageList, notCovered);
        summary.addClassName("limber-routine-summary");

        steps.addClassName("limber-steps-list");
        endZone.addClassName("limber-drop-end");
        endZone.setText("Drop a stretch here to add it at the end");
        DropTarget.create(endZone).setDropEffect(DropEffect.MOVE);
        DropTarget.configure(endZone).addDropListener(drop -> drop.getDragSourceComponent().ifPresent(
                source -> dropped(source, routine.steps().size())));

        var libraryPane = new Div(new H3("Library"), picker);
        libraryPane.addClassName("limber-editor-library");
        var stepsPane = new Div(new H3("Steps"), steps, endZone);
        stepsPane.addClassName("limber-editor-steps");
        var panes = new Div(libraryPane, stepsPane, summary);
        panes.addClassName("limber-editor-panes");

        publishState.addClassName("limber-publish-state");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> openPublishDialog());
        versionsLink.setText("Versions");
        shareLink.setText("Share link");
        giveToAthletes.addClickListener(click -> openGiveDialog());
        var top = new HorizontalLayout(back, status, publishState, versionsLink, shareLink, giveToAthletes, publish);
        top.addClassName("limber-editor-top");
        top.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        add(top, details, panes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(ID);
        try {
            if (id.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            show(routines.open(id.get()));
            status.setText(SAVED);
            versionsLink.setHref("routines/" + id.get() + "/versions");
            shareLink.setHref("routines/" + id.get() + "/share");
        } catch (RoutineNotFoundException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Tell the coach at once, in the browser, that a typed change is on its way.
        getElement().executeJs("""
                this.addEventListener('change', () => {
                  const status = this.querySelector('.limber-save-status');
                  if (status) { status.textContent = 'Saving…'; }
                });""");
    }

    @Override
    public String getPageTitle() {
        return (routine == null ? "Routine" : routine.title()) + " · Limber";
    }

    /** The routine as the editor shows it now. */
    RoutineDetails routine() {
        return routine;
    }

    void addStep(StretchCard stretch, int position) {
        int at = Math.min(position, routine.steps().size());
        boolean atEnd = position >= routine.steps().size();
        if (store(() -> routines.addStep(routine.id(), routine.version(), stretch.id(), at), true, null)) {
            picker.showStepCount(routine.steps().stream().map(StepDetails::stretchName).toList());
            if (!atEnd) {
                // the next + goes after the one just added, so a series comes out in the order added
                picker.insertAt.setValue(at + 1);
            }
            StepEditor added = stepEditors.get(at);
            added.scrollIntoView();
            Notification.show("Added \"" + stretch.name() + "\" as step " + (at + 1) + ".", 3000, Notification.Position.BOTTOM_START);
        }
    }

    void moveStep(StepDetails step, int toPosition) {
        long id = step.id();
        boolean up = toPosition < step.position();
        if (store(() -> routines.moveStep(routine.id(), routine.version(), id, toPosition), true, null)) {
            // keep the keyboard where it was: on the moved step's button, or its twin at either end
            stepEditors.stream().filter(editor -> editor.step.id() == id).findFirst().ifPresent(moved -> {
                var button = up ? moved.moveUp : moved.moveDown;
                (button.isEnabled() ? button : (up ? moved.moveDown : moved.moveUp)).focus();
            });
        }
    }

    void removeStep(StepDetails step) {
        RoutineService.Removal[] removal = new RoutineService.Removal[1];
        boolean removed = store(() -> {
            removal[0] = routines.removeStep(routine.id(), routine.version(), step.id());
            return removal[0].routine();
        }, true, null);
        if (removed) {
            offerUndo(step.stretchName(), removal[0].removed());
            picker.showStepCount(routine.steps().stream().map(StepDetails::stretchName).toList());
            if (!stepEditors.isEmpty()) {
                stepEditors.get(Math.min(step.position(), stepEditors.size() - 1)).remove.focus();
            }
        }
    }

    private void offerUndo(String stretchName, RemovedStep removed) {
        var notification = new Notification();
        notification.setDuration(10_000);
        var undo = new Button("Undo", click -> {
            notification.close();
            store(() -> routines.restoreStep(routine.id(), routine.version(), removed), true, null);
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(new Span("Removed \"" + stretchName + "\"."), undo));
        notification.open();
    }

    private void changeStep(StepEditor editor, StepDose dose) {
        editor.clearErrors();
        store(() -> routines.changeStep(routine.id(), routine.version(), editor.step.id(), dose), false, editor);
    }

    private void describe() {
        title.setInvalid(false);
        description.setInvalid(false);
        String typedTitle = title.getValue();
        String typedDescription = description.getValue();
        boolean stored = store(() -> routines.describe(routine.id(), routine.version(), typedTitle, typedDescription, purpose.getValue()),
                false, null, "Your title was: " + typedTitle + (typedDescription.isBlank() ? "" : "\nYour description was: " + typedDescription));
        if (stored) {
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    /**
     * Stores one change. On success the editor shows the new state (rebuilding the steps when
     * their order changed). Refused input is marked next to its field; a change made elsewhere
     * meanwhile reloads the routine.
     *
     * @return whether the change was stored
     */
    private boolean store(Supplier<RoutineDetails> change, boolean orderChanged, StepEditor editor) {
        return store(change, orderChanged, editor, null);
    }

    /** @param typed what the coach typed, offered back if a change made elsewhere wins */
    private boolean store(Supplier<RoutineDetails> change, boolean orderChanged, StepEditor editor, String typed) {
        try {
            RoutineDetails changed = change.get();
            if (orderChanged) {
                show(changed);
            } else {
                routine = changed;
                Map<Long, StepDetails> byId = new HashMap<>();
                changed.steps().forEach(step -> byId.put(step.id(), step));
                stepEditors.forEach(shown -> shown.place(byId.get(shown.step.id()), changed.steps().size()));
                showSummary();
            }
            status.setText(SAVED);
            status.removeClassName("limber-save-error");
            return true;
        } catch (InvalidRoutineException refused) {
            showRefusal(refused, editor);
            return false;
        } catch (RoutineChangedException changedElsewhere) {
            showChangedElsewhere(typed);
            // every card is made anew, so nothing refused stays on screen looking saved
            stepEditors.clear();
            show(routines.open(routine.id()));
            status.setText(SAVED);
            status.removeClassName("limber-save-error");
            return false;
        }
    }

    private void showChangedElsewhere(String typed) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        var text = new Div(new Span("This routine was changed in another tab or on another device. "
                + "You are now looking at the latest version; make your change again if it is still needed."));
        if (typed != null) {
            var yours = new com.vaadin.flow.component.html.Pre(typed);
            yours.addClassName("limber-typed-text");
            text.add(yours);
        }
        var close = new Button("OK", click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(text, close));
        notification.setDuration(typed == null ? 8000 : 0);
        notification.open();
    }

    private void showRefusal(InvalidRoutineException refused, StepEditor editor) {
        status.setText("Not saved: fix the marked field");
        status.addClassName("limber-save-error");
        if (editor != null) {
            editor.showErrors(refused.errors());
            return;
        }
        refused.errors().forEach((field, message) -> {
            switch (field) {
                case TITLE -> { title.setErrorMessage(message); title.setInvalid(true); }
                case DESCRIPTION -> { description.setErrorMessage(message); description.setInvalid(true); }
                default -> Notification.show(message, 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    private void show(RoutineDetails details) {
        routine = details;
        title.setValue(details.title());
        title.setInvalid(false);
        purpose.setValue(details.purpose());
        description.setValue(details.description());
        description.setInvalid(false);
        // Steps the editor already shows keep their components (and anything being typed);
        // only new steps get new ones, and everything is put in the stored order.
        Map<Long, StepEditor> shown = new HashMap<>();
        stepEditors.forEach(editor -> shown.put(editor.step.id(), editor));
        List<StepEditor> ordered = new ArrayList<>();
        for (StepDetails step : details.steps()) {
            StepEditor editor = shown.remove(step.id());
            if (editor == null || !editor.step.dose().equals(step.dose())) {
                editor = stepEditor(step, details.steps().size());
            } else {
                editor.place(step, details.steps().size());
            }
            ordered.add(editor);
        }
        stepEditors.clear();
        stepEditors.addAll(ordered);
        steps.removeAll();
        picker.showStepCount(details.steps().stream().map(StepDetails::stretchName).toList());
        if (ordered.isEmpty()) {
            steps.add(new EmptyState(VaadinIcon.ARROWS_LONG_H, "No steps yet",
                    "Drag stretches here from the library, or use the + button next to a stretch."));
        }
        ordered.forEach(steps::add);
        showSummary();
    }

    private StepEditor stepEditor(StepDetails step, int stepCount) {
        StepEditor[] self = new StepEditor[1];
        self[0] = new StepEditor(step, stepCount,
                dose -> changeStep(self[0], dose),
                () -> moveStep(self[0].step, self[0].step.position() - 1),
                () -> moveStep(self[0].step, self[0].step.position() + 1),
                () -> removeStep(self[0].step));
        DragSource.configure(self[0].handle, true);
        DropTarget.configure(self[0], true).addDropListener(drop -> drop.getDragSourceComponent()
                .ifPresent(source -> dropped(source, self[0].step.position())));
        return self[0];
    }

    /**
     * Something was dropped on the step at {@code position} (or on the end zone, position =
     * number of steps). A stretch goes in before that step; a step takes that step's place
     * (so dropping on the next step moves it down by one).
     */
    void dropped(Component source, int position) {
        if (source instanceof LibraryPicker.PickerItem item) {
            addStep(item.stretch, position);
        } else if (source instanceof StepEditor.Handle handle) {
            StepEditor editor = handle.step;
            int to = Math.min(position, routine.steps().size() - 1);
            if (to != editor.step.position()) {
                moveStep(editor.step, to);
            }
        }
    }

    private void showPublishState() {
        PublishState state = publishing.state(routine.id());
        publishState.setText(switch (state) {
            case DRAFT -> "Draft: athletes don't see it yet";
            case PUBLISHED -> "Published: athletes see this version";
            case CHANGED -> "Changed since published: athletes still see the last version";
        });
        publishState.getElement().setAttribute("data-state", state.name());
        publish.setEnabled(state != PublishState.PUBLISHED && !routine.steps().isEmpty());
        versionsLink.setVisible(state != PublishState.DRAFT);
        giveToAthletes.setEnabled(state != PublishState.DRAFT);
        giveToAthletes.setTooltipText(state == PublishState.DRAFT ? "Publish first: athletes get the published version" : null);
    }

    /** Choose which athletes on the roster get this routine (its latest published version), and when. */
    void openGiveDialog() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle("Give \u201c" + routine.title() + "\u201d to athletes");
        List<RosterAthlete> athletes = roster.roster();
        if (athletes.isEmpty()) {
            dialog.add(new com.vaadin.flow.component.html.Paragraph(
                    "No athletes on your roster yet. Invite them from Athletes, then come back."));
            dialog.getFooter().add(new Button("Close", click -> dialog.close()));
            dialog.open();
            return;
        }
        var who = new com.vaadin.flow.component.checkbox.CheckboxGroup<RosterAthlete>("Athletes");
        who.setItems(athletes);
        who.setItemLabelGenerator(RosterAthlete::name);
        List<Long> current = assignments.assignedAthletes(routine.id());
        who.setValue(athletes.stream().filter(athlete -> current.contains(athlete.athleteId()))
                .collect(java.util.stream.Collectors.toSet()));
        var groups = new com.vaadin.flow.component.checkbox.CheckboxGroup<AthleteGroup>("Groups");
        groups.setItems(roster.groups());
        groups.setItemLabelGenerator(group -> group.name() + " (" + group.athleteIds().size() + ")");
        groups.setVisible(!roster.groups().isEmpty());
        groups.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                // choosing a group ticks its athletes; the athletes list stays the one that counts
                var chosen = new java.util.HashSet<>(who.getValue());
                change.getValue().forEach(group -> athletes.stream()
                        .filter(athlete -> group.athleteIds().contains(athlete.athleteId())).forEach(chosen::add));
                who.setValue(chosen);
            }
        });
        var when = new com.vaadin.flow.component.combobox.ComboBox<String>("When (shown to the athlete)");
        when.setItems("before runs", "after runs", "daily", "when a cramp starts");
        when.setAllowCustomValue(true);
        when.addCustomValueSetListener(custom -> when.setValue(custom.getDetail()));
        String currentHint = assignments.scheduleHint(routine.id());
        if (!currentHint.isEmpty()) {
            when.setValue(currentHint);
        }
        var save = new Button("Save", click -> {
            try {
                var chosen = who.getValue().stream().map(RosterAthlete::athleteId).toList();
                if (!chosen.isEmpty()) {
                    String typed = when.getValue() == null ? "" : when.getValue();
                    // an untouched box keeps each athlete's hint as it was
                    assignments.assign(routine.id(), chosen, typed.equals(currentHint) ? null : typed);
                }
                current.stream().filter(athlete -> !chosen.contains(athlete))
                        .forEach(athlete -> assignments.unassign(routine.id(), athlete));
                dialog.close();
                Notification.show(chosen.isEmpty() ? "No athlete has this routine now."
                        : chosen.size() + (chosen.size() == 1 ? " athlete has" : " athletes have") + " this routine.")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (PublishingException refused) {
                when.setErrorMessage(refused.getMessage());
                when.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(groups, who, when));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    void openPublishDialog() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle("Publish \u201c" + routine.title() + "\u201d");
        List<String> changes = publishing.pendingChanges(routine.id());
        var what = new Div();
        what.addClassName("limber-pending-changes");
        if (changes.isEmpty()) {
            what.add(new com.vaadin.flow.component.html.Paragraph("This is the first version your athletes will see."));
        } else {
            what.add(new com.vaadin.flow.component.html.Paragraph("What your athletes will see changed:"));
            var list = new com.vaadin.flow.component.html.UnorderedList();
            changes.forEach(change -> list.add(new com.vaadin.flow.component.html.ListItem(change)));
            what.add(list);
        }
        var note = new TextArea("Note for your athletes (optional)");
        note.setMaxLength(PublishingService.MAX_NOTE);
        note.setWidthFull();
        note.setManualValidation(true);
        var confirm = new Button("Publish", click -> {
            try {
                VersionSummary version = publishing.publish(routine.id(), note.getValue());
                dialog.close();
                Notification.show("Published version " + version.number() + ".").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showPublishState();
            } catch (PublishingException refused) {
                note.setErrorMessage(refused.getMessage());
                note.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(what, note);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void showSummary() {
        duration.setText(routine.steps().isEmpty() ? "No steps yet"
                : routine.steps().size() + (routine.steps().size() == 1 ? " step · " : " steps · ")
                + Durations.approximately(routine.estimatedSeconds()));
        coverage.showCoverage(routine.coverage());
        showPublishState();
        coverageList.removeAll();
        routine.coverage().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<Muscle, Integer>comparingByValue().reversed())
                .forEach(entry -> {
                    var row = new Div(new Span(entry.getKey().label()), new Span(Durations.exactly(entry.getValue())));
                    row.addClassName("limber-coverage-row");
                    coverageList.add(row);
                });
        var missing = Arrays.stream(Muscle.values()).filter(muscle -> routine.coverage().getOrDefault(muscle, 0) == 0)
                .toList();
        notCovered.setText(missing.isEmpty() ? "Every muscle group gets some work."
                : "Not worked: " + Muscle.listed(missing));
    }

    List<StepEditor> stepEditors() {
        return stepEditors;
    }
}
