package app.limber.routine.ui;

import app.limber.base.ui.EmptyState;
import app.limber.routine.RoutineDetails;
import app.limber.routine.StepDetails;
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
import java.util.Optional;

/**
 * The routine's steps as compact rows, in order, and the zone after the last one. Whatever
 * is dropped on a row goes in just before it; while dragging, a line at that row's top edge
 * shows where. Rows it already shows keep their components (and anything being typed in them)
 * when the list is shown again. One row is open at a time.
 */
class StepList extends Div {

    /** What the editor does when the coach acts on the list. */
    interface Actions extends StepRow.Actions {
        /** Something was dropped before the step at this position, or after the last step. */
        void dropped(Component source, int position);
    }

    final Div steps = new Div();
    final Div endZone = new Div();
    private final List<StepRow> rows = new ArrayList<>();
    private final Actions actions;
    private int stepCount;

    StepList(Actions actions) {
        this.actions = actions;
        addClassName("limber-editor-steps-list");
        steps.addClassName("limber-steps-list");
        steps.getElement().setAttribute("role", "list");
        steps.getElement().setAttribute("aria-label", getTranslation("step-list.steps"));
        endZone.addClassName("limber-drop-end");
        endZone.setText(getTranslation("step-list.drop-at-end"));
        DropTarget.create(endZone).setDropEffect(DropEffect.MOVE);
        DropTarget.configure(endZone).addDropListener(drop -> drop.getDragSourceComponent().ifPresent(
                source -> actions.dropped(source, stepCount)));
        add(steps, endZone);
    }

    /** The rows in their order. */
    List<StepRow> rows() {
        return rows;
    }

    Optional<StepRow> row(long stepId) {
        return rows.stream().filter(row -> row.step.id() == stepId).findFirst();
    }

    /**
     * Shows the routine's steps in their stored order, making rows only for new steps and
     * merging stored values into the others.
     *
     * @return the rows of steps that are gone
     */
    List<StepRow> show(RoutineDetails details) {
        stepCount = details.steps().size();
        Map<Long, StepRow> shown = new HashMap<>();
        rows.forEach(row -> shown.put(row.step.id(), row));
        List<StepRow> ordered = new ArrayList<>();
        boolean sameOrder = rows.size() == details.steps().size();
        for (int index = 0; index < details.steps().size(); index++) {
            StepDetails step = details.steps().get(index);
            StepRow row = shown.remove(step.id());
            if (row == null) {
                row = stepRow(step, stepCount);
                sameOrder = false;
            } else {
                sameOrder &= index < rows.size() && rows.get(index) == row;
                row.place(step, stepCount);
            }
            ordered.add(row);
        }
        List<StepRow> gone = List.copyOf(shown.values());
        rows.clear();
        rows.addAll(ordered);
        if (!sameOrder || !gone.isEmpty() || steps.getChildren().findAny().isEmpty()) {
            steps.removeAll();
            if (ordered.isEmpty()) {
                steps.add(new EmptyState(VaadinIcon.ARROWS_LONG_H, getTranslation("step-list.empty.title"),
                        getTranslation("step-list.empty.text")));
            }
            ordered.forEach(steps::add);
        }
        return gone;
    }

    /** Forgets every row (another routine opens in this editor). */
    void clear() {
        rows.clear();
        steps.removeAll();
    }

    /** Opens this row (closing any other), or closes it. */
    void toggle(StepRow row) {
        boolean open = !row.expanded();
        rows.forEach(other -> other.setExpanded(false));
        row.setExpanded(open);
    }

    /** Opens this row, closing any other. */
    void open(StepRow row) {
        rows.forEach(other -> other.setExpanded(other == row));
    }

    private StepRow stepRow(StepDetails step, int count) {
        var row = new StepRow(step, count, actions);
        DragSource.configure(row.handle, true);
        DropTarget.configure(row, true).addDropListener(drop -> drop.getDragSourceComponent()
                .ifPresent(source -> actions.dropped(source, row.step.position())));
        return row;
    }
}
