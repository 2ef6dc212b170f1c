package app.limber.routine.ui;

import app.limber.base.ui.EmptyState;
import app.limber.routine.RoutineDetails;
import app.limber.routine.StepDetails;
import app.limber.routine.StepDose;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routine's steps as cards, in order, and the zone after the last one. Steps it already
 * shows keep their components (and anything being typed in them) when the list is shown
 * again; what is done with a step is the editor's business ({@link Actions}).
 */
class StepList extends Div {

    /** What the editor does when the coach acts on a step. */
    interface Actions {
        void changeStep(StepEditor editor, StepDose dose);

        void moveStep(StepDetails step, int toPosition);

        void removeStep(StepDetails step);

        /** Something was dropped on the step at this position, or after the last step. */
        void dropped(Component source, int position);
    }

    final Div steps = new Div();
    final Div endZone = new Div();
    private final List<StepEditor> stepEditors = new ArrayList<>();
    private final Actions actions;
    private int stepCount;

    StepList(Actions actions) {
        this.actions = actions;
        addClassName("limber-editor-steps-list");
        steps.addClassName("limber-steps-list");
        endZone.addClassName("limber-drop-end");
        endZone.setText("Drop a stretch here to add it at the end");
        DropTarget.create(endZone).setDropEffect(DropEffect.MOVE);
        DropTarget.configure(endZone).addDropListener(drop -> drop.getDragSourceComponent().ifPresent(
                source -> actions.dropped(source, stepCount)));
        add(steps, endZone);
    }

    /** The step cards in their order. */
    List<StepEditor> editors() {
        return stepEditors;
    }

    /** Shows the routine's steps in their stored order, making cards only for new or changed steps. */
    void show(RoutineDetails details) {
        stepCount = details.steps().size();
        Map<Long, StepEditor> shown = new HashMap<>();
        stepEditors.forEach(editor -> shown.put(editor.step.id(), editor));
        List<StepEditor> ordered = new ArrayList<>();
        for (StepDetails step : details.steps()) {
            StepEditor editor = shown.remove(step.id());
            if (editor == null || !editor.step.dose().equals(step.dose())) {
                editor = stepEditor(step, stepCount);
            } else {
                editor.place(step, stepCount);
            }
            ordered.add(editor);
        }
        stepEditors.clear();
        stepEditors.addAll(ordered);
        steps.removeAll();
        if (ordered.isEmpty()) {
            steps.add(new EmptyState(VaadinIcon.ARROWS_LONG_H, "No steps yet",
                    "Drag stretches here from the library, or use the + button next to a stretch."));
        }
        ordered.forEach(steps::add);
    }

    /** Brings each card's step up to date where only doses changed (order and cards stay). */
    void update(RoutineDetails details) {
        stepCount = details.steps().size();
        Map<Long, StepDetails> byId = new HashMap<>();
        details.steps().forEach(step -> byId.put(step.id(), step));
        stepEditors.forEach(shown -> shown.place(byId.get(shown.step.id()), stepCount));
    }

    /** Forgets every card, so that the next {@link #show} makes them all anew. */
    void forget() {
        stepEditors.clear();
    }

    private StepEditor stepEditor(StepDetails step, int count) {
        StepEditor[] self = new StepEditor[1];
        self[0] = new StepEditor(step, count,
                dose -> actions.changeStep(self[0], dose),
                () -> actions.moveStep(self[0].step, self[0].step.position() - 1),
                () -> actions.moveStep(self[0].step, self[0].step.position() + 1),
                () -> actions.removeStep(self[0].step));
        DragSource.configure(self[0].handle, true);
        DropTarget.configure(self[0], true).addDropListener(drop -> drop.getDragSourceComponent()
                .ifPresent(source -> actions.dropped(source, self[0].step.position())));
        return self[0];
    }
}
