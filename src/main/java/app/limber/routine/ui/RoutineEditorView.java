package app.limber.routine.ui;

import app.limber.account.Role;
import app.limber.library.LibraryService;
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
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
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
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a coach builds a routine: the library on one side, the steps ({@link StepList}) in
 * the middle, the summary ({@link RoutineSummaryPanel}) beside them. A stretch is dragged to
 * a place between steps (or added at the end with its button); steps are dragged, or moved
 * with Move up / Move down, to reorder. Every change is stored the moment it is made and the
 * {@link SaveStatus} says so; a change made meanwhile in another tab or device is never
 * overwritten: the editor says so and shows the current routine. Other features add their
 * part to the top bar through {@link RoutineEditorExtension} (coaching: publishing).
 */
@Route("routines/:id([0-9]{1,18})")
@RolesAllowed(Role.COACH_NAME)
public class RoutineEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle, StepList.Actions {

    static final String ID = "id";
    static final String SAVED = SaveStatus.SAVED;

    final TextField title = new TextField("Title");
    final Select<Purpose> purpose = new Select<>();
    final TextArea description = new TextArea("Description");
    final SaveStatus status = new SaveStatus();
    final RoutineSummaryPanel summary = new RoutineSummaryPanel();
    final StepList stepList = new StepList(this);
    final LibraryPicker picker;
    /** The share links page belongs to the sharing feature: linked by its address. */
    final Anchor shareLink = new Anchor();

    private final RoutineService routines;
    private final List<RoutineEditorExtension> extensions;
    private final List<RoutineEditorExtension.EditorPart> parts = new ArrayList<>();
    private final HorizontalLayout top;
    private RoutineDetails routine;

    public RoutineEditorView(RoutineService routines, LibraryService library, List<RoutineEditorExtension> extensions) {
        this.routines = routines;
        this.extensions = List.copyOf(extensions);
        this.picker = new LibraryPicker(library, this::addStep);
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

        var back = new RouterLink("Routines", RoutinesView.class);
        back.addClassName("limber-back-link");
        var details = new Div(title, purpose, description);
        details.addClassName("limber-routine-details");

        var libraryPane = new Div(new H3("Library"), picker);
        libraryPane.addClassName("limber-editor-library");
        var stepsPane = new Div(new H3("Steps"), stepList);
        stepsPane.addClassName("limber-editor-steps");
        var panes = new Div(libraryPane, stepsPane, summary);
        panes.addClassName("limber-editor-panes");

        shareLink.setText("Share link");
        top = new HorizontalLayout(back, status, shareLink);
        top.addClassName("limber-editor-top");
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
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
            status.saved();
            shareLink.setHref("routines/" + id.get() + "/share");
            if (parts.isEmpty()) {
                extensions.forEach(extension -> parts.add(extension.open(routine)));
                parts.forEach(part -> top.add(part.component()));
            }
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

    List<StepEditor> stepEditors() {
        return stepList.editors();
    }

    void addStep(StretchCard stretch, int position) {
        int at = Math.min(position, routine.steps().size());
        boolean atEnd = position >= routine.steps().size();
        if (store(() -> routines.addStep(routine.id(), routine.version(), stretch.id(), at), true, null, null)) {
            if (!atEnd) {
                // the next + goes after the one just added, so a series comes out in the order added
                picker.insertAt.setValue(at + 1);
            }
            stepEditors().get(at).scrollIntoView();
            Notification.show("Added \"" + stretch.name() + "\" as step " + (at + 1) + ".", 3000, Notification.Position.BOTTOM_START);
        }
    }

    @Override
    public void moveStep(StepDetails step, int toPosition) {
        long id = step.id();
        boolean up = toPosition < step.position();
        if (store(() -> routines.moveStep(routine.id(), routine.version(), id, toPosition), true, null, null)) {
            // keep the keyboard where it was: on the moved step's button, or its twin at either end
            stepEditors().stream().filter(editor -> editor.step.id() == id).findFirst().ifPresent(moved -> {
                var button = up ? moved.moveUp : moved.moveDown;
                (button.isEnabled() ? button : (up ? moved.moveDown : moved.moveUp)).focus();
            });
        }
    }

    @Override
    public void removeStep(StepDetails step) {
        RoutineService.Removal[] removal = new RoutineService.Removal[1];
        boolean removed = store(() -> {
            removal[0] = routines.removeStep(routine.id(), routine.version(), step.id());
            return removal[0].routine();
        }, true, null, null);
        if (removed) {
            offerUndo(step.stretchName(), removal[0].removed());
            List<StepEditor> left = stepEditors();
            if (!left.isEmpty()) {
                left.get(Math.min(step.position(), left.size() - 1)).remove.focus();
            }
        }
    }

    @Override
    public void changeStep(StepEditor editor, StepDose dose) {
        editor.clearErrors();
        store(() -> routines.changeStep(routine.id(), routine.version(), editor.step.id(), dose), false, editor, null);
    }

    /**
     * Something was dropped on the step at {@code position} (or on the end zone, position =
     * number of steps). A stretch goes in before that step; a step takes that step's place
     * (so dropping on the next step moves it down by one).
     */
    @Override
    public void dropped(Component source, int position) {
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

    private void offerUndo(String stretchName, RemovedStep removed) {
        var notification = new Notification();
        notification.setDuration(10_000);
        var undo = new Button("Undo", click -> {
            notification.close();
            store(() -> routines.restoreStep(routine.id(), routine.version(), removed), true, null, null);
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(new Span("Removed \"" + stretchName + "\"."), undo));
        notification.open();
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
     * @param typed what the coach typed, offered back if a change made elsewhere wins
     * @return whether the change was stored
     */
    private boolean store(Supplier<RoutineDetails> change, boolean orderChanged, StepEditor editor, String typed) {
        try {
            RoutineDetails changed = change.get();
            if (orderChanged) {
                show(changed);
            } else {
                routine = changed;
                stepList.update(changed);
                showSummary();
            }
            status.saved();
            return true;
        } catch (InvalidRoutineException refused) {
            showRefusal(refused, editor);
            return false;
        } catch (RoutineChangedException changedElsewhere) {
            showChangedElsewhere(typed);
            // every card is made anew, so nothing refused stays on screen looking saved
            stepList.forget();
            show(routines.open(routine.id()));
            status.saved();
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
            var yours = new Pre(typed);
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
        status.refused();
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
        stepList.show(details);
        // the steps' names change only when steps come, go or move: a dose change keeps them
        picker.showStepCount(details.steps().stream().map(StepDetails::stretchName).toList());
        showSummary();
    }

    private void showSummary() {
        summary.show(routine);
        parts.forEach(part -> part.routineChanged(routine));
    }
}
