package app.limber.routine.ui;

import app.limber.base.Words;
import app.limber.routine.RoutineField;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDetails;
import app.limber.routine.StepDose;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of the routine as one compact row: number, drag handle, the stretch's name (it
 * opens the stretch beside the steps), the dose in a few words, a mark when there is a note,
 * and a menu (Move up, Move down, Duplicate, Remove). Clicking the row opens its dose and note
 * below it ({@link StepList} keeps one open at a time). Each of its fields is an
 * {@link EditedField} that the editor saves on its own.
 */
class StepRow extends Div {

    /** What a row asks of the list and the editor. */
    interface Actions {
        void fieldChanged(EditedField field);

        void moveStep(StepDetails step, int toPosition);

        void duplicateStep(StepDetails step);

        /** Puts the stretch's easier or harder version in the step, keeping its dose, note and place. */
        void swapStep(StepDetails step, app.limber.library.StretchLink to);

        void removeStep(StepDetails step);

        void preview(StepDetails step);

        void toggle(StepRow row);
    }

    /** The step as last stored; its position changes when steps move. */
    StepDetails step;
    final Span number = new Span();
    final Button name = new Button();
    final Span summary = new Span();
    final Icon noteMark = VaadinIcon.COMMENT_ELLIPSIS_O.create();
    final Button toggle = new Button(VaadinIcon.CHEVRON_DOWN_SMALL.create());
    final MenuBar menu = new MenuBar();
    final MenuItem moveUp;
    final MenuItem moveDown;
    final MenuItem duplicate;
    final MenuItem remove;
    final MenuItem swapEasier;
    final MenuItem swapHarder;
    /** A fixed hold, or until it releases (for cramp relief): next to the hold, which it replaces. */
    final Select<Boolean> timing = new Select<>();
    final IntegerField hold = seconds(getTranslation("step-row.hold"));
    final IntegerField releaseMax = new IntegerField(getTranslation("step-row.release-max"));
    final IntegerField reps = new IntegerField(getTranslation("step-row.reps"));
    final Select<Sides> sides = new Select<>();
    final IntegerField secondSideHold = seconds(getTranslation("step-row.second-side"));
    final IntegerField rest = seconds(getTranslation("step-row.rest"));
    final TextArea note = new TextArea(getTranslation("step-row.note"));
    final Div body = new Div();
    final Handle handle;
    private final Map<RoutineField, EditedField> fields = new LinkedHashMap<>();
    /** The position the toggle's words name; -1 before they are first set. */
    private int labelledFor = -1;
    private int shownCount = -1;

    /** The part of a step that is dragged to reorder it. */
    static final class Handle extends Div {
        final StepRow row;

        Handle(StepRow row) {
            this.row = row;
            addClassName("limber-step-grip");
            var grip = VaadinIcon.ELLIPSIS_DOTS_V.create();
            grip.getElement().setAttribute("aria-hidden", "true");
            add(grip);
            getElement().setAttribute("title", getTranslation("step-row.drag"));
        }
    }

    StepRow(StepDetails step, int stepCount, Actions actions) {
        this.step = step;
        addClassName("limber-step");
        getElement().setAttribute("role", "listitem");

        number.addClassName("limber-step-number");
        handle = new Handle(this);
        name.setText(step.stretchName());
        name.addClassName("limber-step-name");
        name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        name.getElement().setAttribute("title", getTranslation("step-row.read", step.stretchName()));
        name.addClickListener(click -> actions.preview(this.step));
        summary.addClassName("limber-step-summary");
        noteMark.addClassName("limber-step-note-mark");
        noteMark.getElement().setAttribute("role", "img");
        noteMark.getElement().setAttribute("aria-label", getTranslation("step-row.has-note"));
        noteMark.setTooltipText(getTranslation("step-row.has-note.tooltip"));
        toggle.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("limber-step-toggle");
        toggle.addClickListener(click -> actions.toggle(this));

        menu.addThemeVariants(MenuBarVariant.LUMO_ICON, MenuBarVariant.LUMO_TERTIARY);
        menu.addClassName("limber-step-menu");
        // the name of the bar's own overflow button, which Vaadin says in English
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("step-row.more-options")));
        // the button's name is its (visually hidden) text: an aria-label on the item or a tooltip
        // in the menu bar is not allowed there for screen readers
        var moreName = new Span(getTranslation("step-row.actions"));
        moreName.addClassName("limber-visually-hidden");
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_H.create());
        more.add(moreName);
        moveUp = more.getSubMenu().addItem(getTranslation("step-row.move-up"), click -> actions.moveStep(this.step, this.step.position() - 1));
        moveDown = more.getSubMenu().addItem(getTranslation("step-row.move-down"), click -> actions.moveStep(this.step, this.step.position() + 1));
        duplicate = more.getSubMenu().addItem(getTranslation("step-row.duplicate"), click -> actions.duplicateStep(this.step));
        remove = more.getSubMenu().addItem(getTranslation("step-row.remove"), click -> actions.removeStep(this.step));
        swapEasier = more.getSubMenu().addItem(getTranslation("step-row.swap-easier"), click -> actions.swapStep(this.step, this.step.variations().easier()));
        swapHarder = more.getSubMenu().addItem(getTranslation("step-row.swap-harder"), click -> actions.swapStep(this.step, this.step.variations().harder()));

        var row = new Div(number, handle, name, summary, noteMark, toggle, menu);
        row.addClassName("limber-step-row");
        // a click anywhere on the row (not on its buttons) opens or closes it, like the toggle
        row.getElement().addEventListener("click", click -> actions.toggle(this))
                .setFilter("event.target === element || event.target.classList.contains('limber-step-summary')"
                        + " || event.target.classList.contains('limber-step-number')");

        reps.setMin(1);
        reps.setMax(RoutineService.MAX_REPS);
        reps.setStepButtonsVisible(true);
        sides.setLabel(getTranslation("step-row.sides"));
        sides.setItems(Sides.values());
        sides.setItemLabelGenerator(value -> shown(Words.label(value)));
        secondSideHold.setPlaceholder(getTranslation("step-row.same"));
        secondSideHold.setClearButtonVisible(true);
        note.setMaxLength(RoutineService.MAX_NOTE);
        note.setPlaceholder(getTranslation("step-row.note.placeholder"));

        timing.setLabel(getTranslation("step-row.timing"));
        timing.setItems(false, true);
        timing.setItemLabelGenerator(value -> shown(timingWords(value)));
        releaseMax.setMin(StepDose.MIN_RELEASE_MAX_SECONDS);
        releaseMax.setMax(StepDose.MAX_RELEASE_MAX_SECONDS);
        releaseMax.setStep(15);
        releaseMax.setStepButtonsVisible(true);
        releaseMax.setHelperText(getTranslation("step-row.release-max.helper"));
        track(RoutineField.UNTIL_RELEASED, timing, actions);
        track(RoutineField.HOLD, hold, actions);
        track(RoutineField.RELEASE_MAX, releaseMax, actions);
        track(RoutineField.REPS, reps, actions);
        track(RoutineField.SIDES, sides, actions);
        track(RoutineField.SECOND_SIDE_HOLD, secondSideHold, actions);
        track(RoutineField.REST, rest, actions);
        track(RoutineField.NOTE, note, actions);
        sides.addValueChangeListener(change -> showTiming());
        timing.addValueChangeListener(change -> showTiming());
        showTiming();

        var doseFields = new Div();
        doseFields.addClassName("limber-step-fields");
        for (RoutineField field : List.of(RoutineField.UNTIL_RELEASED, RoutineField.HOLD, RoutineField.RELEASE_MAX,
                RoutineField.REPS, RoutineField.SIDES,
                RoutineField.SECOND_SIDE_HOLD, RoutineField.REST)) {
            doseFields.add(withFeedback(fields.get(field)));
        }
        body.addClassName("limber-step-body");
        body.add(doseFields, withFeedback(fields.get(RoutineField.NOTE)));
        body.setId("step-body-" + step.id());
        toggle.getElement().setAttribute("aria-controls", body.getId().orElseThrow());
        add(row, body);
        setExpanded(false);
        place(step, stepCount);
    }

    private void track(RoutineField field, AbstractField<?, ?> component, Actions actions) {
        if (component instanceof com.vaadin.flow.component.HasValidation validated) {
            validated.setManualValidation(true);
        }
        if (component instanceof com.vaadin.flow.data.value.HasValueChangeMode typed) {
            typed.setValueChangeMode(ValueChangeMode.LAZY);
            typed.setValueChangeTimeout(RoutineEditorView.SAVE_PAUSE_MS);
        }
        var edited = new EditedField(FieldKey.ofStep(step.id(), field), component, field.of(step.dose()));
        fields.put(field, edited);
        component.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                actions.fieldChanged(edited);
            }
        });
    }

    private static Div withFeedback(EditedField field) {
        var wrapper = new Div(field.component(), field.feedback);
        wrapper.addClassName("limber-field-with-feedback");
        return wrapper;
    }

    /** The row's fields, dose first, then the note. */
    List<EditedField> fields() {
        return List.copyOf(fields.values());
    }

    EditedField field(RoutineField field) {
        return fields.get(field);
    }

    boolean expanded() {
        return body.isVisible();
    }

    void setExpanded(boolean open) {
        if (labelledFor == step.position() && open == body.isVisible() && toggle.getIcon() != null) {
            return;
        }
        labelledFor = step.position();
        body.setVisible(open);
        getElement().getClassList().set("limber-step-open", open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        toggle.setIcon((open ? VaadinIcon.CHEVRON_UP_SMALL : VaadinIcon.CHEVRON_DOWN_SMALL).create());
        toggle.setAriaLabel(getTranslation(open ? "step-row.close.label" : "step-row.edit.label", step.position() + 1));
        toggle.setTooltipText(getTranslation(open ? "step-row.close" : "step-row.edit"));
    }

    /** Shows where the step now stands (number, menu) and its stored state, merging into fields not being edited. */
    void place(StepDetails current, int stepCount) {
        if (current.equals(step) && stepCount == shownCount && labelledFor >= 0) {
            return; // nothing about this step changed
        }
        step = current;
        shownCount = stepCount;
        number.setText(String.valueOf(current.position() + 1));
        summary.setText(shown(current.dose().summaryInWords()));
        summary.getElement().setAttribute("title", shown(current.dose().describeInWords()));
        noteMark.setVisible(!current.dose().note().isBlank());
        moveUp.setEnabled(current.position() > 0);
        moveDown.setEnabled(current.position() < stepCount - 1);
        name.setText(current.stretchName());
        swapEasier.setVisible(current.variations().easier() != null);
        swapHarder.setVisible(current.variations().harder() != null);
        if (current.variations().easier() != null) {
            swapEasier.setText(getTranslation("step-row.swap-easier-for", current.variations().easier().name()));
        }
        if (current.variations().harder() != null) {
            swapHarder.setText(getTranslation("step-row.swap-harder-for", current.variations().harder().name()));
        }
        getElement().setAttribute("aria-label", getTranslation("step-row.label", current.position() + 1, current.stretchName()));
        fields.forEach((field, edited) -> edited.merge(field.of(current.dose())));
        showTiming();
        setExpanded(expanded());
    }

    /** A fixed hold shows the hold (and a second side's); until it releases shows its maximum instead. */
    private void showTiming() {
        boolean untilReleased = Boolean.TRUE.equals(timing.getValue());
        hold.setVisible(!untilReleased);
        releaseMax.setVisible(untilReleased);
        secondSideHold.setVisible(!untilReleased && sides.getValue() == Sides.EACH_SIDE);
    }

    /** "Fixed hold" or "Until it releases". */
    static Words timingWords(Boolean untilReleased) {
        return Words.of(untilReleased == null ? "edited-field.none" : untilReleased ? "step-row.until-released" : "step-row.fixed-hold");
    }

    private String shown(Words words) {
        return getTranslation(words.key(), words.args().toArray());
    }

    /** Whether anything typed in this step is not in the database. */
    boolean hasUnsaved() {
        return fields.values().stream().anyMatch(EditedField::unsaved);
    }

    Component focusTarget() {
        return toggle;
    }

    private static IntegerField seconds(String label) {
        var field = new IntegerField(label);
        field.setMin(0);
        field.setMax(RoutineService.MAX_SECONDS);
        field.setStep(5);
        field.setStepButtonsVisible(true);
        return field;
    }
}
