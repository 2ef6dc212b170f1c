package app.limber.routine.ui;

import app.limber.base.Durations;
import app.limber.body.Muscle;
import app.limber.routine.InvalidRoutineException;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDetails;
import app.limber.routine.StepDose;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One step of the routine: its stretch, its dose fields (each change is stored at once),
 * Move up / Move down / Remove, and a drag handle (the step's title row) for reordering.
 * The whole card is where things are dropped.
 */
class StepEditor extends Div {

    /** The step as last stored; its position changes when steps move. */
    StepDetails step;
    private final Span number = new Span();
    private final Span duration = new Span();
    final IntegerField hold = seconds("Hold (s)");
    final IntegerField reps = new IntegerField("Reps");
    final Select<Sides> sides = new Select<>();
    final IntegerField secondSideHold = seconds("Second side (s)");
    final IntegerField rest = seconds("Rest after (s)");
    final TextArea note = new TextArea("Note for the athlete");
    final Button moveUp = new Button(VaadinIcon.ARROW_UP.create());
    final Button moveDown = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    final Handle handle;
    private final Consumer<StepDose> onChange;

    /** The part of a step that is dragged to reorder it (fields inside a card would catch the drag). */
    static final class Handle extends Div {
        final StepEditor step;

        Handle(StepEditor step, com.vaadin.flow.component.Component... content) {
            super(content);
            this.step = step;
            addClassName("limber-step-title");
            getElement().setAttribute("title", "Drag to move this step");
        }
    }

    StepEditor(StepDetails step, int stepCount, Consumer<StepDose> onChange, Runnable onMoveUp, Runnable onMoveDown, Runnable onRemove) {
        this.step = step;
        this.onChange = onChange;
        addClassName("limber-step");

        number.addClassName("limber-step-number");
        var name = new Span(step.stretchName());
        name.addClassName("limber-step-name");
        var muscles = new Span(Muscle.listed(Stream.concat(step.primaryMuscles().stream(),
                step.secondaryMuscles().stream()).toList()));
        muscles.addClassName("limber-step-muscles");
        duration.addClassName("limber-step-duration");
        duration.setTitle("Holds, side switches and rest, plus about 10 s to get into the next stretch");
        var grip = VaadinIcon.ELLIPSIS_V.create();
        grip.addClassName("limber-step-grip");
        grip.getElement().setAttribute("aria-hidden", "true");
        handle = new Handle(this, grip, number, new Div(name, muscles), duration);

        moveUp.setAriaLabel("Move up");
        moveUp.setTooltipText("Move up");
        moveUp.addClickListener(click -> onMoveUp.run());
        moveDown.setAriaLabel("Move down");
        moveDown.setTooltipText("Move down");
        moveDown.addClickListener(click -> onMoveDown.run());
        remove.setAriaLabel("Remove step");
        remove.setTooltipText("Remove step");
        remove.addClickListener(click -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : new Button[]{moveUp, moveDown, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        }
        var actions = new Div(moveUp, moveDown, remove);
        actions.addClassName("limber-step-actions");

        reps.setMin(1);
        reps.setMax(RoutineService.MAX_REPS);
        reps.setStepButtonsVisible(true);
        sides.setLabel("Sides");
        sides.setItems(Sides.values());
        sides.setItemLabelGenerator(Sides::label);
        secondSideHold.setPlaceholder("Same");
        secondSideHold.setClearButtonVisible(true);
        note.setMaxLength(RoutineService.MAX_NOTE);
        note.setPlaceholder("Optional: a cue or a caution for this athlete");
        for (HasValidation field : new HasValidation[]{hold, reps, sides, secondSideHold, rest, note}) {
            field.setManualValidation(true);
        }

        show(step.dose());
        place(step, stepCount);
        hold.addValueChangeListener(change -> changed(change.isFromClient()));
        reps.addValueChangeListener(change -> changed(change.isFromClient()));
        sides.addValueChangeListener(change -> {
            secondSideHold.setVisible(change.getValue() == Sides.EACH_SIDE);
            changed(change.isFromClient());
        });
        secondSideHold.addValueChangeListener(change -> changed(change.isFromClient()));
        rest.addValueChangeListener(change -> changed(change.isFromClient()));
        note.addValueChangeListener(change -> changed(change.isFromClient()));

        var fields = new Div(hold, reps, sides, secondSideHold, rest);
        fields.addClassName("limber-step-fields");
        var header = new Div(handle, actions);
        header.addClassName("limber-step-header");
        add(header, fields, note);
    }

    /** Shows where the step now stands (number, Move up/down) and its stored state. */
    void place(StepDetails current, int stepCount) {
        step = current;
        number.setText(String.valueOf(current.position() + 1));
        duration.setText(Durations.approximately(current.seconds()) + " in all");
        moveUp.setEnabled(current.position() > 0);
        moveDown.setEnabled(current.position() < stepCount - 1);
        getElement().setAttribute("aria-label", "Step " + (current.position() + 1) + ": " + current.stretchName());
    }

    private void show(StepDose dose) {
        hold.setValue(dose.holdSeconds());
        reps.setValue(dose.reps());
        sides.setValue(dose.sides());
        secondSideHold.setValue(dose.secondSideHoldSeconds());
        secondSideHold.setVisible(dose.sides() == Sides.EACH_SIDE);
        rest.setValue(dose.restSeconds());
        note.setValue(dose.note());
    }

    /** The dose as typed; an empty number field counts as out of range, so the service names it. */
    StepDose typed() {
        return new StepDose(hold.getValue() == null ? -1 : hold.getValue(), reps.getValue() == null ? 0 : reps.getValue(),
                sides.getValue(), sides.getValue() == Sides.EACH_SIDE ? secondSideHold.getValue() : null,
                rest.getValue() == null ? -1 : rest.getValue(), note.getValue());
    }

    private void changed(boolean fromPerson) {
        if (fromPerson) {
            onChange.accept(typed());
        }
    }

    void clearErrors() {
        for (HasValidation field : fields().values()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    void showErrors(Map<InvalidRoutineException.Field, String> errors) {
        Map<InvalidRoutineException.Field, HasValidation> fields = fields();
        errors.forEach((field, message) -> {
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(message);
                component.setInvalid(true);
            }
        });
    }

    private Map<InvalidRoutineException.Field, HasValidation> fields() {
        return Map.of(InvalidRoutineException.Field.HOLD, hold, InvalidRoutineException.Field.REPS, reps,
                InvalidRoutineException.Field.SIDES, sides, InvalidRoutineException.Field.SECOND_SIDE_HOLD, secondSideHold,
                InvalidRoutineException.Field.REST, rest, InvalidRoutineException.Field.NOTE, note);
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
