package app.limber.routine.ui;

import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.routine.FieldEdit;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineField;
import app.limber.routine.RoutineService;
import app.limber.routine.StepDose;
import app.limber.support.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's "Timing" choice next to the hold: a fixed hold, or until it releases with its
 * maximum; each saved like every other field, with the row, the summary and conflicts as for the hold.
 */
class UntilItReleasesEditorTest extends UiTest {

    @Autowired RoutineService routines;
    @Autowired LibraryService library;

    private RoutineEditorView editor;
    private long routineId;

    @BeforeEach
    void aRoutineOfOneStep() {
        signInAsCoach();
        RoutineDetails routine = routines.create("Mid-run cramp");
        routine = routines.addStep(routine.id(), library.search(LibraryFilter.NONE, 0, 1).getFirst().id(), 0);
        routineId = routine.id();
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters(RoutineEditorView.ID, String.valueOf(routineId)));
        editor = _get(RoutineEditorView.class);
    }

    private StepRow opened() {
        StepRow row = editor.rows().getFirst();
        if (!row.expanded()) {
            _click(row.toggle);
        }
        return row;
    }

    private StepDose stored() {
        return routines.open(routineId).steps().getFirst().dose();
    }

    @Test
    void theCoachChoosesUntilItReleasesNextToTheHoldAndSetsItsMaximum() {
        StepRow step = opened();
        assertThat(step.timing.getValue()).isFalse();
        assertThat(step.timing.getItemLabelGenerator().apply(true)).isEqualTo("Until it releases");
        assertThat(step.hold.isVisible()).isTrue();
        assertThat(step.releaseMax.isVisible()).isFalse();

        _setValue(step.timing, true);

        assertThat(stored().untilReleased()).isTrue();
        assertThat(step.hold.isVisible()).as("the maximum takes the hold's place").isFalse();
        assertThat(step.releaseMax.isVisible()).isTrue();
        assertThat(step.releaseMax.getValue()).isEqualTo(120);
        assertThat(step.summary.getText()).startsWith("until it releases, up to 2 min");
        assertThat(editor.summary.duration.getText()).contains("up to about");
        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);

        _setValue(step.releaseMax, 90);
        assertThat(stored().releaseMaxSeconds()).isEqualTo(90);
        assertThat(step.summary.getText()).startsWith("until it releases, up to 1 min 30 s");

        _setValue(step.releaseMax, 10);
        assertThat(step.releaseMax.isInvalid()).isTrue();
        assertThat(step.releaseMax.getErrorMessage()).isEqualTo("Until it releases lasts at most between 30 seconds and 5 minutes (300 s).");
        assertThat(stored().releaseMaxSeconds()).as("bad input changes nothing").isEqualTo(90);

        _setValue(step.releaseMax, 90);
        _setValue(step.timing, false);
        assertThat(stored().untilReleased()).isFalse();
        assertThat(step.hold.isVisible()).isTrue();
        assertThat(editor.summary.duration.getText()).doesNotContain("up to");
    }

    @Test
    void theMaximumChangedElsewhereWhileTypingIsAConflictTheCoachSettles() {
        StepRow step = opened();
        _setValue(step.timing, true);
        long stepId = step.step.id();
        FieldKey key = FieldKey.ofStep(stepId, RoutineField.RELEASE_MAX);
        ComponentUtil.fireEvent(editor.drafts, new Drafts.StartedEvent(editor.drafts, true, key.draftKey(), "120"));
        routines.change(routineId, FieldEdit.ofStep(stepId, RoutineField.RELEASE_MAX, 120, 180));
        MockVaadin.clientRoundtrip(false);

        _setValue(step.releaseMax, 60);

        EditedField max = step.field(RoutineField.RELEASE_MAX);
        assertThat(max.state()).isEqualTo(EditedField.State.CONFLICT);
        assertThat(max.feedback.getElement().getTextRecursively()).contains("3 min");
        _click(_get(max.feedback, Button.class, spec -> spec.withText("Keep mine")));
        assertThat(stored().releaseMaxSeconds()).isEqualTo(60);
        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);
    }
}
