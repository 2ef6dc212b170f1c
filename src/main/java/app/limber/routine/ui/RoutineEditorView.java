package app.limber.routine.ui;

import app.limber.account.Role;
import app.limber.base.DatabaseOutage;
import app.limber.base.Words;
import app.limber.library.LibraryService;
import app.limber.library.Purpose;
import app.limber.library.StretchCard;
import app.limber.library.StretchLink;
import app.limber.routine.FieldConflictException;
import app.limber.routine.FieldEdit;
import app.limber.routine.InvalidRoutineException;
import app.limber.routine.RemovedStep;
import app.limber.routine.RoutineChanges;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineField;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineService;
import app.limber.routine.StepDetails;
import app.limber.routine.StepGoneException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a coach builds a routine: the library on one side, the steps ({@link StepList}) in
 * the middle, the summary ({@link RoutineSummaryPanel}) or a stretch being read
 * ({@link StretchPreview}) beside them.
 *
 * <p>Nothing typed is lost. Each field ({@link EditedField}) is stored on its own a moment
 * after the coach stops typing, checked against the value the editor last saw there, so that
 * edits made elsewhere to other fields merge and only a change to the same field asks the
 * coach to choose. A save that fails keeps the text, marks the field "Not saved" with a
 * Retry, and is sent again in order once the database answers; the browser ({@link Drafts})
 * keeps every typed value until it is stored and offers it back when the editor opens again.
 * The {@link SaveStatus} says "All changes saved" only when every field's last value is in
 * the database. Every open editor of the routine shows each stored change within a moment
 * (server push, through {@link RoutineService#watch}). Changes made here can be undone and
 * redone ({@link EditHistory}). Other features add their part to the top bar through
 * {@link RoutineEditorExtension} (coaching: publishing).
 */
@Route("routines/:id([0-9]{1,18})")
@RolesAllowed(Role.COACH_NAME)
public class RoutineEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle, StepList.Actions {

    static final String ID = "id";
    static final String SAVED = SaveStatus.SAVED;
    /** How long after the last key press a field is saved. */
    static final int SAVE_PAUSE_MS = 700;
    static final Words NO_DATABASE_WORDS = Words.of("routine-editor.not-saved.no-database");
    static final Words NOT_STORED_WORDS = Words.of("routine-editor.not-saved.not-stored");
    static final String NO_DATABASE = NO_DATABASE_WORDS.english();
    static final String NOT_STORED = NOT_STORED_WORDS.english();
    private static final Logger log = LoggerFactory.getLogger(RoutineEditorView.class);

    final TextField title = new TextField(getTranslation("routine-editor.title"));
    final Select<Purpose> purpose = new Select<>();
    final TextArea description = new TextArea(getTranslation("routine-editor.description"));
    final SaveStatus status = new SaveStatus();
    final Button undo = new Button(VaadinIcon.ROTATE_LEFT.create());
    final Button redo = new Button(VaadinIcon.ROTATE_RIGHT.create());
    final RoutineSummaryPanel summary = new RoutineSummaryPanel();
    final StretchPreview preview = new StretchPreview(this::closePreview);
    final StepList stepList = new StepList(this);
    /** What was typed in steps that were removed elsewhere, offered back as text. */
    final Div removedElsewhere = new Div();
    final LibraryPicker picker;
    /** The share links page belongs to the sharing feature: linked by its address. */
    final Anchor shareLink = new Anchor();
    Drafts drafts;

    private final RoutineService routines;
    private final LibraryService library;
    private final List<RoutineEditorExtension> extensions;
    private final List<RoutineEditorExtension.EditorPart> parts = new ArrayList<>();
    private final HorizontalLayout top;
    private final Div details;
    private final Map<FieldKey, EditedField> fields = new LinkedHashMap<>();
    /** Fields whose last value could not be stored, in the order they failed. */
    private final Map<FieldKey, EditedField> waiting = new LinkedHashMap<>();
    private EditHistory history = new EditHistory();
    private RoutineChanges.Subscription watching;
    private RoutineDetails routine;
    /** While undoing or redoing, changes are not recorded again. */
    private boolean replaying;
    /** Whether the last failed save failed for want of the database (else: something else went wrong). */
    private boolean lastFailureWasOutage = true;

    public RoutineEditorView(RoutineService routines, LibraryService library, List<RoutineEditorExtension> extensions) {
        this.routines = routines;
        this.library = library;
        this.extensions = List.copyOf(extensions);
        this.picker = new LibraryPicker(library, this::addStep, this::previewStretch);
        addClassNames("limber-page", "limber-routine-editor");

        title.setMaxLength(RoutineService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setManualValidation(true);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(SAVE_PAUSE_MS);
        purpose.setLabel(getTranslation("routine-editor.purpose"));
        purpose.setItems(Purpose.values());
        purpose.setEmptySelectionAllowed(true);
        purpose.setEmptySelectionCaption(getTranslation("routine-editor.any-time"));
        purpose.setItemLabelGenerator(value -> value == null ? getTranslation("routine-editor.any-time") : shown(Words.label(value)));
        description.setMaxLength(RoutineService.MAX_DESCRIPTION);
        description.setManualValidation(true);
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.setValueChangeTimeout(SAVE_PAUSE_MS);

        undo.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        undo.setAriaLabel(getTranslation("routine-editor.undo"));
        undo.addClickListener(click -> undo());
        redo.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        redo.setAriaLabel(getTranslation("routine-editor.redo"));
        redo.addClickListener(click -> redo());
        showHistory();

        var back = new RouterLink(getTranslation("routine-editor.back"), RoutinesView.class);
        back.addClassName("limber-back-link");
        var heading = new H1(getTranslation("routine-editor.heading"));
        heading.addClassName("limber-visually-hidden");
        details = new Div(heading, routineField(RoutineField.TITLE, title), routineField(RoutineField.PURPOSE, purpose),
                routineField(RoutineField.DESCRIPTION, description));
        details.addClassName("limber-routine-details");
        removedElsewhere.addClassName("limber-removed-elsewhere");
        removedElsewhere.setVisible(false);

        var libraryPane = new Div(new H2(getTranslation("routine-editor.library")), picker);
        libraryPane.addClassName("limber-editor-library");
        var stepsPane = new Div(new H2(getTranslation("routine-editor.steps")), removedElsewhere, stepList);
        stepsPane.addClassName("limber-editor-steps");
        var side = new Div(preview, summary);
        side.addClassName("limber-editor-side");
        var panes = new Div(libraryPane, stepsPane, side);
        panes.addClassName("limber-editor-panes");

        shareLink.setText(getTranslation("routine-editor.share-link"));
        top = new HorizontalLayout(back, status, undo, redo, shareLink);
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
            if (routine != null && routine.id() != id.get()) {
                close(); // the router reuses the view for another routine
            }
            if (routine == null) {
                UI ui = event.getUI();
                watch(ui, id.get());
                open(routines.open(id.get()));
                shareLink.setHref("routines/" + id.get() + "/share");
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
        if (watching == null && routine != null) {
            // back on the page after a while away: listen again, and catch up on what changed meanwhile
            watch(attachEvent.getUI(), routine.id());
            applied(routines.open(routine.id()));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        stopWatching();
    }

    @Override
    public String getPageTitle() {
        return (routine == null ? getTranslation("routine-editor.page-title") : routine.title()) + " · Limber";
    }

    /** The routine as the editor shows it now. */
    RoutineDetails routine() {
        return routine;
    }

    List<StepRow> rows() {
        return stepList.rows();
    }

    EditedField field(FieldKey key) {
        return fields.get(key);
    }

    /** Forgets the routine it showed, so that another one can open. */
    private void close() {
        stopWatching();
        routine = null;
        waiting.clear();
        fields.keySet().removeIf(key -> key.stepId() != null);
        history = new EditHistory();
        showHistory();
        stepList.clear();
        removedElsewhere.removeAll();
        removedElsewhere.setVisible(false);
        parts.forEach(part -> top.remove(part.component()));
        parts.clear();
        closePreview();
        if (drafts != null) {
            remove(drafts);
            drafts = null;
        }
    }

    /** The routine's own fields, the drafts, and the steps. */
    private void open(RoutineDetails opened) {
        routine = opened;
        for (RoutineField field : List.of(RoutineField.TITLE, RoutineField.DESCRIPTION, RoutineField.PURPOSE)) {
            fields.get(FieldKey.ofRoutine(field)).reset(field.of(opened));
        }
        drafts = new Drafts(opened.id());
        drafts.onFound(found -> offerBack(found.drafts()));
        drafts.onStarted(started -> started.key().map(fields::get).ifPresent(field -> field.typing(started.base())));
        drafts.onEnded(ended -> ended.key().map(fields::get).ifPresent(EditedField::typingEnded));
        drafts.onLeft(left -> left.key().map(fields::get).ifPresent(field -> leftField(field, left.value())));
        drafts.onResend(resend -> resend());
        drafts.onUndoKey(key -> { if (key.redo()) { redo(); } else { undo(); } });
        add(drafts);
        stepList.show(opened).forEach(this::forgetRow);
        rows().forEach(this::register);
        picker.showStepCount(opened.steps().stream().map(StepDetails::stretchName).toList());
        showSummary();
        refreshStatus();
    }

    private Component routineField(RoutineField field, com.vaadin.flow.component.AbstractField<?, ?> component) {
        var edited = new EditedField(FieldKey.ofRoutine(field), component, field.isText() ? "" : null);
        fields.put(edited.key, edited);
        component.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                fieldChanged(edited);
            }
        });
        var wrapper = new Div(component, edited.feedback);
        wrapper.addClassName("limber-field-with-feedback");
        wrapper.addClassName("limber-field-" + field.name().toLowerCase(java.util.Locale.ROOT));
        return wrapper;
    }

    private void register(StepRow row) {
        row.fields().forEach(edited -> fields.putIfAbsent(edited.key, edited));
    }

    private void forgetRow(StepRow row) {
        row.fields().forEach(edited -> {
            fields.remove(edited.key);
            waiting.remove(edited.key);
        });
    }

    // ---------------------------------------------------------------- live across tabs

    private void watch(UI ui, long routineId) {
        stopWatching();
        RoutineChanges.Subscription[] self = new RoutineChanges.Subscription[1];
        self[0] = routines.watch(routineId, changed -> {
            try {
                ui.access(() -> applied(changed));
            } catch (UIDetachedException closed) {
                self[0].close();
            }
        });
        watching = self[0];
    }

    private void stopWatching() {
        if (watching != null) {
            watching.close();
            watching = null;
        }
    }

    /**
     * Shows a stored state of the routine (after a change made here or elsewhere), unless the
     * editor already shows a newer one. Fields with something of the coach's own keep it.
     */
    void applied(RoutineDetails after) {
        if (routine != null && after.version() <= routine.version()) {
            return;
        }
        boolean namesChanged = routine == null || !stepNames(routine).equals(stepNames(after));
        boolean titleChanged = routine == null || !routine.title().equals(after.title());
        routine = after;
        for (RoutineField field : List.of(RoutineField.TITLE, RoutineField.DESCRIPTION, RoutineField.PURPOSE)) {
            fields.get(FieldKey.ofRoutine(field)).merge(field.of(after));
        }
        List<StepRow> gone = stepList.show(after);
        for (StepRow row : gone) {
            if (row.hasUnsaved()) {
                offerRemovedStep(row);
            } else {
                row.fields().forEach(edited -> drafts.forget(edited.key));
            }
            forgetRow(row);
        }
        rows().forEach(this::register);
        if (namesChanged) {
            picker.showStepCount(stepNames(after));
        }
        showSummary();
        if (titleChanged) {
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
        refreshStatus();
    }

    private static List<String> stepNames(RoutineDetails details) {
        return details.steps().stream().map(StepDetails::stretchName).toList();
    }

    // ---------------------------------------------------------------- saving fields

    @Override
    public void fieldChanged(EditedField field) {
        if (!waiting.isEmpty() && !waiting.containsKey(field.key)) {
            // the database did not answer a moment ago: this waits its turn behind the others
            waiting.put(field.key, field);
            field.notSaved(waitingMessage(), this::resend);
            drafts.failed();
            refreshStatus();
            return;
        }
        attempt(field);
    }

    /** The coach left a field: what it holds is stored now, not after the pause in typing. */
    private void leftField(EditedField field, String typed) {
        if (typed == null) {
            return;
        }
        Object value = field.fromDraft(typed);
        if (value == null && !typed.isBlank()) {
            return; // not a value of this field (a forged event): the usual sync still comes
        }
        if (!Objects.equals(value, field.component.getValue())) {
            field.setValue(value);
        }
        if (field.unsaved() && field.state() != EditedField.State.CONFLICT) {
            fieldChanged(field);
        }
    }

    /** Sends the fields that could not be stored again, in the order they failed, until one fails again. */
    void resend() {
        for (EditedField field : List.copyOf(waiting.values())) {
            if (!attempt(field)) {
                return;
            }
        }
    }

    private String waitingMessage() {
        return shown(lastFailureWasOutage ? NO_DATABASE_WORDS : NOT_STORED_WORDS);
    }

    /** Tries to store one field; false only when the database could not be reached or failed. */
    private boolean attempt(EditedField field) {
        Object value = field.typed();
        Object before = field.seen();
        try {
            RoutineDetails after = routines.change(routine.id(), new FieldEdit(field.key.stepId(), field.key.field(), before, value));
            waiting.remove(field.key);
            field.stored(value);
            drafts.saved(field.key, EditedField.text(value));
            if (!replaying && field.key.stepId() != null && field.key.field() != RoutineField.NOTE && !Objects.equals(before, value)) {
                history.record(doseChange(field.key, before, value));
            }
            applied(after);
            return true;
        } catch (InvalidRoutineException refused) {
            waiting.remove(field.key);
            field.refused(shown(refused.words()));
            drafts.forget(field.key);
            return true;
        } catch (FieldConflictException conflict) {
            waiting.remove(field.key);
            showConflict(field, conflict.current());
            applied(conflict.routine());
            return true;
        } catch (StepGoneException gone) {
            waiting.remove(field.key);
            applied(gone.routine());
            return true;
        } catch (DataAccessException | TransactionException | PersistenceException failure) {
            lastFailureWasOutage = DatabaseOutage.isOutage(failure);
            if (!lastFailureWasOutage) {
                log.error("Could not store {} of routine {}", field.key, routine.id(), failure);
            }
            waiting.putIfAbsent(field.key, field);
            field.notSaved(waitingMessage(), this::resend);
            drafts.failed();
            return false;
        } finally {
            refreshStatus();
        }
    }

    private void showConflict(EditedField field, Object theirs) {
        openRowOf(field.key);
        field.conflict(theirs, () -> {
            field.rebase(theirs);
            attempt(field);
        }, () -> {
            field.show(theirs);
            field.stored(theirs);
            drafts.forget(field.key);
            refreshStatus();
        });
    }

    private void openRowOf(FieldKey key) {
        if (key.stepId() != null) {
            stepList.row(key.stepId()).ifPresent(stepList::open);
        }
    }

    /** Drafts the browser kept from before: each one that differs from what is stored is offered back. */
    void offerBack(List<Drafts.Draft> found) {
        for (Drafts.Draft draft : found) {
            EditedField field = fields.get(draft.key());
            if (field == null) {
                offerRemovedDraft(draft);
                continue;
            }
            Object value = field.fromDraft(draft.value());
            Object normalized = field.key.field().isText() ? ((String) value).strip() : value;
            if ((value == null && !field.key.field().isText() && !draft.value().isBlank()) || Objects.equals(normalized, field.seen())) {
                drafts.forget(field.key);
                continue;
            }
            openRowOf(field.key);
            field.offer(draft.value(), () -> {
                field.setValue(value);
                attempt(field);
            }, () -> {
                field.clearFeedback();
                drafts.forget(field.key);
            });
        }
    }

    private void offerRemovedStep(StepRow row) {
        var text = new StringBuilder();
        for (EditedField field : row.fields()) {
            if (field.unsaved()) {
                text.append(getTranslation("routine-file.line", label(field.key.field()), field.describeInWords(field.typed())))
                        .append('\n');
            }
        }
        showRemovedElsewhere(getTranslation("routine-editor.step-removed-elsewhere", row.step.position() + 1, row.step.stretchName()),
                text.toString().strip(), row.fields().stream().map(field -> field.key).toList());
    }

    private void offerRemovedDraft(Drafts.Draft draft) {
        if (draft.value().isBlank() || draft.key().stepId() == null) {
            drafts.forget(draft.key());
            return;
        }
        showRemovedElsewhere(getTranslation("routine-editor.typed-for-gone-step"),
                getTranslation("routine-file.line", label(draft.key().field()), draft.value()), List.of(draft.key()));
    }

    private void showRemovedElsewhere(String message, String typed, List<FieldKey> keys) {
        var entry = new Div();
        entry.addClassName("limber-removed-entry");
        var text = new Pre(typed);
        text.addClassName("limber-typed-text");
        var dismiss = new Button(getTranslation("routine-editor.dismiss"), click -> {
            keys.forEach(drafts::forget);
            removedElsewhere.remove(entry);
            removedElsewhere.setVisible(removedElsewhere.getChildren().findAny().isPresent());
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        entry.add(new Span(message), text, dismiss);
        removedElsewhere.add(entry);
        removedElsewhere.setVisible(true);
    }

    private static Words label(RoutineField field) {
        return Words.of(switch (field) {
            case TITLE -> "routine-editor.field.title";
            case DESCRIPTION -> "routine-editor.field.description";
            case PURPOSE -> "routine-editor.field.purpose";
            case HOLD -> "routine-editor.field.hold";
            case REPS -> "routine-editor.field.reps";
            case SIDES -> "routine-editor.field.sides";
            case SECOND_SIDE_HOLD -> "routine-editor.field.second-side";
            case REST -> "routine-editor.field.rest";
            case NOTE -> "routine-editor.field.note";
            case UNTIL_RELEASED -> "routine-editor.field.timing";
            case RELEASE_MAX -> "routine-editor.field.up-to";
        });
    }

    /** "Change hold": what undo and redo name a change of a step's field. */
    private static Words changeLabel(RoutineField field) {
        return Words.of(switch (field) {
            case TITLE -> "routine-editor.change.title";
            case DESCRIPTION -> "routine-editor.change.description";
            case PURPOSE -> "routine-editor.change.purpose";
            case HOLD -> "routine-editor.change.hold";
            case REPS -> "routine-editor.change.reps";
            case SIDES -> "routine-editor.change.sides";
            case SECOND_SIDE_HOLD -> "routine-editor.change.second-side";
            case REST -> "routine-editor.change.rest";
            case NOTE -> "routine-editor.change.note";
            case UNTIL_RELEASED -> "routine-editor.change.timing";
            case RELEASE_MAX -> "routine-editor.change.up-to";
        });
    }

    /** Words in this page's language. */
    private String shown(Words words) {
        return getTranslation(words.key(), words.args().toArray());
    }

    private void refreshStatus() {
        List<EditedField.State> states = fields.values().stream().map(EditedField::state).toList();
        if (states.contains(EditedField.State.CONFLICT)) {
            status.conflict();
        } else if (!waiting.isEmpty()) {
            if (lastFailureWasOutage) {
                status.noDatabase();
            } else {
                status.failed();
            }
        } else if (states.contains(EditedField.State.REFUSED)) {
            status.refused();
        } else {
            status.saved();
        }
    }

    // ---------------------------------------------------------------- steps

    void addStep(StretchCard stretch, int position) {
        int at = Math.min(position, routine.steps().size());
        boolean atEnd = position >= routine.steps().size();
        stepChange(() -> routines.addStep(routine.id(), stretch.id(), at)).ifPresent(after -> {
            if (!atEnd) {
                // the next + goes after the one just added, so a series comes out in the order added
                picker.insertAt.setValue(at + 1);
            }
            StepRow added = rows().get(at);
            added.scrollIntoView();
            recordAdded(getTranslation("routine-editor.history.add", stretch.name()), added.step.id());
            Notification.show(getTranslation("routine-editor.added", stretch.name(), at + 1), 3000, Notification.Position.BOTTOM_START);
        });
    }

    @Override
    public void duplicateStep(StepDetails step) {
        stepChange(() -> routines.duplicateStep(routine.id(), step.id())).ifPresent(after -> {
            StepRow copy = rows().get(step.position() + 1);
            recordAdded(getTranslation("routine-editor.history.duplicate", step.stretchName()), copy.step.id());
            copy.focusTarget().getElement().callJsFunction("focus");
        });
    }

    @Override
    public void swapStep(StepDetails step, StretchLink to) {
        if (to == null) {
            return;
        }
        long from = step.stretchId();
        String fromName = step.stretchName();
        if (stepChange(() -> routines.swapStretch(routine.id(), step.id(), from, to.id())).isPresent()) {
            EditHistory.StepRef ref = history.ref(step.id());
            record(getTranslation("routine-editor.history.swap", fromName, to.name()),
                    () -> stepChange(() -> routines.swapStretch(routine.id(), ref.id, to.id(), from)).isPresent(),
                    () -> stepChange(() -> routines.swapStretch(routine.id(), ref.id, from, to.id())).isPresent());
            Notification.show(getTranslation("routine-editor.swapped", step.position() + 1, to.name()),
                    3000, Notification.Position.BOTTOM_START);
        }
    }

    @Override
    public void moveStep(StepDetails step, int toPosition) {
        long id = step.id();
        int from = step.position();
        if (toPosition < 0 || toPosition >= routine.steps().size() || toPosition == from) {
            return;
        }
        if (stepChange(() -> routines.moveStep(routine.id(), id, toPosition)).isPresent()) {
            EditHistory.StepRef ref = history.ref(id);
            record(getTranslation("routine-editor.history.move", step.stretchName()),
                    () -> stepChange(() -> routines.moveStep(routine.id(), ref.id, from)).isPresent(),
                    () -> stepChange(() -> routines.moveStep(routine.id(), ref.id, toPosition)).isPresent());
            // keep the keyboard on the moved step
            stepList.row(id).ifPresent(moved -> moved.focusTarget().getElement().callJsFunction("focus"));
        }
    }

    @Override
    public void removeStep(StepDetails step) {
        stepList.row(step.id()).ifPresent(row -> row.fields().forEach(edited -> drafts.forget(edited.key)));
        RemovedStep[] removed = new RemovedStep[1];
        Optional<RoutineDetails> after = stepChange(() -> {
            RoutineService.Removal removal = routines.removeStep(routine.id(), step.id());
            removed[0] = removal.removed();
            return removal.routine();
        });
        if (after.isEmpty()) {
            return;
        }
        EditHistory.StepRef ref = history.ref(step.id());
        record(getTranslation("routine-editor.history.remove", step.stretchName()), () -> restore(ref, removed[0]), () -> {
            RoutineService.Removal[] again = new RoutineService.Removal[1];
            boolean done = stepChange(() -> {
                again[0] = routines.removeStep(routine.id(), ref.id);
                return again[0].routine();
            }).isPresent();
            if (done) {
                removed[0] = again[0].removed();
            }
            return done;
        });
        offerUndo(step.stretchName());
        List<StepRow> left = rows();
        if (!left.isEmpty()) {
            left.get(Math.min(step.position(), left.size() - 1)).focusTarget().getElement().callJsFunction("focus");
        }
    }

    private boolean restore(EditHistory.StepRef ref, RemovedStep removed) {
        Optional<RoutineDetails> after = stepChange(() -> routines.restoreStep(routine.id(), removed));
        after.ifPresent(details -> history.renamed(ref,
                details.steps().get(Math.min(removed.position(), details.steps().size() - 1)).id()));
        return after.isPresent();
    }

    private void recordAdded(String label, long stepId) {
        EditHistory.StepRef ref = history.ref(stepId);
        RemovedStep[] removed = new RemovedStep[1];
        record(label, () -> {
            RoutineService.Removal[] removal = new RoutineService.Removal[1];
            boolean done = stepChange(() -> {
                removal[0] = routines.removeStep(routine.id(), ref.id);
                return removal[0].routine();
            }).isPresent();
            if (done) {
                removed[0] = removal[0].removed();
            }
            return done;
        }, () -> restore(ref, removed[0]));
    }

    private EditHistory.Change doseChange(FieldKey key, Object before, Object after) {
        EditHistory.StepRef ref = history.ref(key.stepId());
        String what = shown(changeLabel(key.field()));
        return change(what, () -> setDose(ref, key.field(), before), () -> setDose(ref, key.field(), after));
    }

    private boolean setDose(EditHistory.StepRef ref, RoutineField field, Object value) {
        Optional<StepRow> row = stepList.row(ref.id);
        if (row.isEmpty()) {
            Notification.show(getTranslation("routine-editor.step-gone"), 4000, Notification.Position.MIDDLE);
            return false;
        }
        EditedField edited = row.get().field(field);
        edited.setValue(value);
        attempt(edited);
        return edited.state() == EditedField.State.SAVED;
    }

    private void record(String label, Supplier<Boolean> undoIt, Supplier<Boolean> redoIt) {
        if (!replaying) {
            history.record(change(label, undoIt, redoIt));
        }
        showHistory();
    }

    private static EditHistory.Change change(String label, Supplier<Boolean> undoIt, Supplier<Boolean> redoIt) {
        return new EditHistory.Change() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public boolean undo() {
                return undoIt.get();
            }

            @Override
            public boolean redo() {
                return redoIt.get();
            }
        };
    }

    void undo() {
        replaying = true;
        try {
            history.undo();
        } finally {
            replaying = false;
        }
        showHistory();
    }

    void redo() {
        replaying = true;
        try {
            history.redo();
        } finally {
            replaying = false;
        }
        showHistory();
    }

    private void showHistory() {
        undo.setEnabled(history.canUndo());
        redo.setEnabled(history.canRedo());
        undo.setTooltipText(history.canUndo() ? getTranslation("routine-editor.undo.tooltip", history.nextUndo())
                : getTranslation("routine-editor.nothing-to-undo"));
        redo.setTooltipText(history.canRedo() ? getTranslation("routine-editor.redo.tooltip", history.nextRedo())
                : getTranslation("routine-editor.nothing-to-redo"));
    }

    /**
     * Something was dropped before the step at {@code position} (or on the end zone,
     * position = number of steps): a stretch goes in there, a step moves there.
     */
    @Override
    public void dropped(Component source, int position) {
        if (source instanceof LibraryPicker.PickerItem item) {
            addStep(item.stretch, position);
        } else if (source instanceof StepRow.Handle handle) {
            StepDetails step = handle.row.step;
            // the rows after the moved one close up, so a drop further down lands one place higher
            int to = position > step.position() ? position - 1 : position;
            moveStep(step, Math.min(to, routine.steps().size() - 1));
        }
    }

    @Override
    public void toggle(StepRow row) {
        stepList.toggle(row);
    }

    @Override
    public void preview(StepDetails step) {
        library.find(step.stretchId()).ifPresentOrElse(stretch -> showPreview(() -> preview.show(stretch, step.dose())),
                () -> Notification.show(getTranslation("routine-editor.stretch-gone"), 4000, Notification.Position.MIDDLE));
    }

    void previewStretch(StretchCard stretch) {
        library.find(stretch.id()).ifPresent(details -> showPreview(() -> preview.show(details, null)));
    }

    private void showPreview(Runnable show) {
        show.run();
        summary.setVisible(false);
        preview.close.focus();
    }

    private void closePreview() {
        preview.setVisible(false);
        summary.setVisible(true);
    }

    /**
     * Makes one change to the steps. Refused, or not reaching the database, it changes
     * nothing and says so; nothing typed is at stake (these are clicks and drops).
     */
    private Optional<RoutineDetails> stepChange(Supplier<RoutineDetails> change) {
        try {
            RoutineDetails after = change.get();
            applied(after);
            return Optional.of(after);
        } catch (InvalidRoutineException refused) {
            refused.refusals().values().forEach(message -> Notification.show(shown(message), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
            applied(routines.open(routine.id()));
        } catch (DataAccessException | TransactionException | PersistenceException failure) {
            if (!DatabaseOutage.isOutage(failure)) {
                log.error("Could not change the steps of routine {}", routine.id(), failure);
            }
            Notification.show(getTranslation(DatabaseOutage.isOutage(failure) ? "routine-editor.unchanged.no-database"
                    : "routine-editor.unchanged.not-stored"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return Optional.empty();
    }

    private void offerUndo(String stretchName) {
        var notification = new Notification();
        notification.setDuration(10_000);
        var again = new Button(getTranslation("routine-editor.undo"), click -> {
            notification.close();
            undo();
        });
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(new Span(getTranslation("routine-editor.removed", stretchName)), again));
        notification.open();
    }

    private void showSummary() {
        summary.show(routine);
        parts.forEach(part -> part.routineChanged(routine));
    }
}
