package app.limber.routine.ui;

import app.limber.library.LibraryService;
import app.limber.routine.FieldEdit;
import app.limber.routine.InvalidRoutineException;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineField;
import app.limber.routine.RoutineService;
import app.limber.routine.StepDetails;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Swap for easier" and "Swap for harder" in the routine editor: one saved edit, undone like any other. */
class RoutineEditorSwapTest extends UiTest {

    @Autowired
    RoutineService routines;

    @Autowired
    LibraryService library;

    private long lunge;
    private long kneeBend;
    private long childsPose;
    private long routineId;
    private RoutineEditorView editor;

    @BeforeEach
    void aRoutineWithTheCalfCrampLunge() {
        signInAsCoach();
        var ids = library.builtInIds(List.of("standing-lunge-calf-cramp-release", "standing-knee-bend-calf-stretch", "childs-pose"));
        lunge = ids.get("standing-lunge-calf-cramp-release");
        kneeBend = ids.get("standing-knee-bend-calf-stretch");
        childsPose = ids.get("childs-pose");
        RoutineDetails routine = routines.create("Mid-run cramp");
        routine = routines.addStep(routine.id(), childsPose, 0);
        routine = routines.addStep(routine.id(), lunge, 1);
        routineId = routine.id();
        StepDetails step = routine.steps().get(1);
        routines.change(routineId, FieldEdit.ofStep(step.id(), RoutineField.HOLD, step.dose().holdSeconds(), 25));
        routines.change(routineId, FieldEdit.ofStep(step.id(), RoutineField.NOTE, "", "Only the cramping leg"));
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters(RoutineEditorView.ID, String.valueOf(routineId)));
        editor = _get(RoutineEditorView.class);
    }

    @Test
    void aStepIsSwappedForItsEasierVersionKeepingDoseNoteAndPlace() {
        StepRow row = editor.rows().get(1);
        assertThat(row.swapEasier.isVisible()).isTrue();
        assertThat(row.swapEasier.getText()).isEqualTo("Swap for easier: Standing knee bend for a calf cramp");
        assertThat(row.swapHarder.isVisible()).as("the lunge names no harder version").isFalse();
        assertThat(editor.rows().getFirst().swapEasier.isVisible()).as("child's pose names none").isFalse();
        StepDetails before = routines.open(routineId).steps().get(1);

        com.github.mvysny.kaributesting.v10.ContextMenuKt._click(row.menu, row.swapEasier);

        StepDetails after = routines.open(routineId).steps().get(1);
        assertThat(after.stretchId()).isEqualTo(kneeBend);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.position()).isEqualTo(1);
        assertThat(after.dose()).isEqualTo(before.dose());
        assertThat(after.dose().note()).isEqualTo("Only the cramping leg");
        assertThat(editor.rows().get(1).name.getText()).isEqualTo("Standing knee bend for a calf cramp");
        assertThat(editor.rows().get(1).swapHarder.isVisible()).as("and back again, harder").isTrue();
        assertThat(editor.rows().get(1).swapEasier.isVisible()).isFalse();
        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);

        editor.undo();
        assertThat(routines.open(routineId).steps().get(1).stretchId()).as("undone").isEqualTo(lunge);
        assertThat(editor.rows().get(1).name.getText()).isEqualTo("Standing lunge for a calf cramp");
        _click(editor.redo);
        assertThat(routines.open(routineId).steps().get(1).stretchId()).as("redone").isEqualTo(kneeBend);
    }

    @Test
    void aSwapIsToldToEveryOpenEditorAndAStaleOneIsRefused() {
        List<RoutineDetails> heard = new ArrayList<>();
        var subscription = routines.watch(routineId, heard::add);
        StepDetails step = routines.open(routineId).steps().get(1);

        routines.swapStretch(routineId, step.id(), lunge, kneeBend);
        subscription.close();

        assertThat(heard).hasSize(1);
        assertThat(heard.getFirst().steps().get(1).stretchName()).isEqualTo("Standing knee bend for a calf cramp");
        assertThatThrownBy(() -> routines.swapStretch(routineId, step.id(), lunge, childsPose))
                .as("the editor saw the lunge there, which is gone").isInstanceOf(InvalidRoutineException.class)
                .hasMessageContaining("changed elsewhere");
    }

    @Test
    void aStretchOfAnotherCoachIsNotSwappedIn() {
        signInAs(COACH.email());
        StepDetails step = routines.open(routineId).steps().get(1);

        assertThatThrownBy(() -> routines.swapStretch(routineId, step.id(), lunge, 999_999_999L))
                .isInstanceOf(InvalidRoutineException.class).hasMessageContaining("not in your library");
        assertThat(routines.open(routineId).steps().get(1).stretchId()).isEqualTo(lunge);
    }
}
