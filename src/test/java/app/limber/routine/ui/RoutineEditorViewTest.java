package app.limber.routine.ui;

import app.limber.base.Durations;
import app.limber.account.SignUp;
import app.limber.base.ui.NotFoundView;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDetails;
import app.limber.routine.StepDose;
import app.limber.support.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class RoutineEditorViewTest extends UiTest {

    @Autowired
    RoutineService routines;

    @Autowired
    LibraryService library;

    private List<StretchCard> stretches;
    private RoutineEditorView editor;
    private long routineId;

    @BeforeEach
    void aRoutineOfThreeSteps() {
        signInAsCoach();
        stretches = library.search(LibraryFilter.NONE, 0, 100);
        RoutineDetails routine = routines.create("Tuesday cool-down");
        for (int index = 0; index < 3; index++) {
            routine = routines.addStep(routine.id(), routine.version(), stretches.get(index).id(), index);
        }
        routineId = routine.id();
        open(routineId);
    }

    @Test
    void showsTheStepsInOrderWithTheSummary() {
        assertThat(names()).containsExactly(stretches.get(0).name(), stretches.get(1).name(), stretches.get(2).name());
        assertThat(editor.title.getValue()).isEqualTo("Tuesday cool-down");
        assertThat(editor.status.getText()).isEqualTo(RoutineEditorView.SAVED);
        assertThat(editor.summary.duration.getText()).startsWith("3 steps · ");
        assertThat(editor.summary.notCovered.getText()).startsWith("Not worked: ");
    }

    @Test
    void theSummaryFollowsEveryChange() {
        String before = editor.summary.duration.getText();
        StepEditor first = editor.stepEditors().getFirst();

        _setValue(first.hold, 120);
        _setValue(first.reps, 3);

        assertThat(editor.summary.duration.getText()).isNotEqualTo(before).isEqualTo("3 steps · " + Durations.approximately(stored().estimatedSeconds()));
        assertThat(editor.summary.coverageList.getChildren().count()).isEqualTo(stored().coverage().values().stream().filter(seconds -> seconds > 0).count());
    }

    @Test
    void aStretchDroppedOnAStepGoesBeforeIt() {
        var item = pickerItem("Standing wall calf stretch");

        drop(item, editor.stepEditors().get(1));

        assertThat(names()).containsExactly(stretches.get(0).name(), "Standing wall calf stretch", stretches.get(1).name(), stretches.get(2).name());
        assertThat(storedNames()).isEqualTo(names());
    }

    @Test
    void aStretchDroppedOnTheEndZoneOrAddedWithItsButtonGoesLast() {
        drop(pickerItem("High knees"), editor.stepList.endZone);
        _click(_get(pickerItem("Child's pose"), Button.class));

        assertThat(names()).endsWith("High knees", "Child's pose");
        assertThat(storedNames()).isEqualTo(names());
    }

    @Test
    void stepsReorderByDragAndByMoveButtons() {
        String first = stretches.get(0).name();
        String second = stretches.get(1).name();
        String third = stretches.get(2).name();

        drop(editor.stepEditors().get(2).handle, editor.stepEditors().get(0));
        assertThat(names()).containsExactly(third, first, second);

        drop(editor.stepEditors().get(0).handle, editor.stepList.endZone);
        assertThat(names()).containsExactly(first, second, third);

        drop(editor.stepEditors().get(0).handle, editor.stepEditors().get(1));
        assertThat(names()).as("a step dropped on the next one moves down by one").containsExactly(second, first, third);
        drop(editor.stepEditors().get(1).handle, editor.stepEditors().get(0));
        assertThat(names()).containsExactly(first, second, third);

        _click(editor.stepEditors().get(2).moveUp);
        assertThat(names()).containsExactly(first, third, second);
        _click(editor.stepEditors().get(0).moveDown);
        assertThat(names()).containsExactly(third, first, second);
        assertThat(editor.stepEditors().get(0).moveUp.isEnabled()).isFalse();
        assertThat(editor.stepEditors().get(2).moveDown.isEnabled()).isFalse();
        assertThat(storedNames()).containsExactly(third, first, second);
    }

    @Test
    void thePlusButtonAddsWhereTheCoachChose() {
        _setValue(editor.picker.insertAt, 1);
        _click(_get(pickerItem("High knees"), Button.class));

        assertThat(names()).element(1).isEqualTo("High knees");
        assertThat(storedNames()).isEqualTo(names());
        assertThat(getNotifications()).anySatisfy(notification -> assertThat(notificationText(notification))
                .isEqualTo("Added \"High knees\" as step 2."));
        assertThat(editor.picker.insertAt.getValue()).as("the next + goes after the one just added").isEqualTo(2);

        _click(_get(pickerItem("Child's pose"), Button.class));
        assertThat(names()).element(2).as("a series comes out in the order added").isEqualTo("Child's pose");
        assertThat(names()).element(1).isEqualTo("High knees");
    }

    @Test
    void showMoreInThePickerReachesEveryStretchOfTheLibrary() {
        int all = library.count(LibraryFilter.NONE);
        assertThat(all).as("more than one page of built-in stretches").isGreaterThan(LibraryPicker.PAGE);
        assertThat(editor.picker.list.getChildren().count()).isEqualTo(LibraryPicker.PAGE);

        _click(_get(editor.picker, Button.class, spec -> spec.withText("Show more")));

        assertThat(editor.picker.list.getChildren().count()).isEqualTo(Math.min(all, 2L * LibraryPicker.PAGE));
        if (all <= 2 * LibraryPicker.PAGE) {
            assertThat(_find(editor.picker, Button.class, spec -> spec.withText("Show more"))).as("nothing more to show").isEmpty();
        }
    }

    @Test
    void anAddressThatIsNotARoutineIsNotFound() {
        var routes = com.vaadin.flow.router.RouteConfiguration.forApplicationScope();
        assertThat(routes.getRoute("routines/abc")).as("only numbers are routine ids").isEmpty();
        assertThat(routes.getRoute("routines/12")).contains(RoutineEditorView.class);

        UI.getCurrent().navigate("routines/99999");
        expectView(NotFoundView.class);
    }

    @Test
    void everyFieldOfAStepIsStoredAsItChanges() {
        StepEditor step = editor.stepEditors().getFirst();

        _setValue(step.hold, 45);
        _setValue(step.reps, 3);
        _setValue(step.sides, Sides.EACH_SIDE);
        assertThat(step.secondSideHold.isVisible()).isTrue();
        _setValue(step.secondSideHold, 25);
        _setValue(step.rest, 15);
        _setValue(step.note, "Breathe out as you lean in.");

        assertThat(stored().steps().getFirst().dose()).isEqualTo(new StepDose(45, 3, Sides.EACH_SIDE, 25, 15, "Breathe out as you lean in."));
        assertThat(editor.status.getText()).isEqualTo(RoutineEditorView.SAVED);
    }

    @Test
    void anInvalidValueIsMarkedAndNeverStored() {
        StepEditor step = editor.stepEditors().getFirst();
        StepDose before = stored().steps().getFirst().dose();

        _setValue(step.hold, 601);

        _expectInvalid(step.hold, "Hold between 0 and 600 seconds.");
        assertThat(editor.status.getText()).isEqualTo("Not saved: fix the marked field");
        assertThat(stored().steps().getFirst().dose()).isEqualTo(before);

        _setValue(step.hold, 60);
        assertThat(step.hold.isInvalid()).isFalse();
        assertThat(stored().steps().getFirst().dose().holdSeconds()).isEqualTo(60);
    }

    @Test
    void theTitleIsStoredAsItChangesAndAnEmptyOneIsRefused() {
        _setValue(editor.title, "Thursday track cool-down");
        assertThat(stored().title()).isEqualTo("Thursday track cool-down");

        _setValue(editor.title, " ");
        _expectInvalid(editor.title, "Give the routine a title.");
        assertThat(stored().title()).isEqualTo("Thursday track cool-down");
    }

    @Test
    void aRemovedStepComesBackWithUndo() {
        StepEditor second = editor.stepEditors().get(1);
        _setValue(second.note, "Keep this note");
        List<String> before = names();

        _click(editor.stepEditors().get(1).remove);

        assertThat(names()).hasSize(2).doesNotContain(before.get(1));
        Notification undoNotice = getNotifications().getLast();
        _click(_get(undoNotice, Button.class, spec -> spec.withText("Undo")));
        assertThat(names()).isEqualTo(before);
        assertThat(stored().steps().get(1).dose().note()).isEqualTo("Keep this note");
    }

    @Test
    void aChangeMadeInAnotherTabIsNeverOverwritten() {
        RoutineDetails inOtherTab = routines.open(routineId);
        routines.moveStep(routineId, inOtherTab.version(), inOtherTab.steps().get(2).id(), 0);
        RoutineDetails latest = routines.open(routineId);

        _setValue(editor.stepEditors().getFirst().hold, 99);

        assertThat(getNotifications()).anySatisfy(notification -> assertThat(notificationText(notification))
                .contains("changed in another tab or on another device"));
        assertThat(stored()).isEqualTo(latest);
        assertThat(names()).isEqualTo(latest.steps().stream().map(StepDetails::stretchName).toList());
        assertThat(editor.routine().version()).isEqualTo(latest.version());
        for (int index = 0; index < latest.steps().size(); index++) {
            assertThat(editor.stepEditors().get(index).hold.getValue()).as("what the fields show is what is stored")
                    .isEqualTo(latest.steps().get(index).dose().holdSeconds());
        }
        assertThat(editor.status.getText()).isEqualTo(RoutineEditorView.SAVED);
    }

    @Test
    void anotherCoachsRoutineIsNotFound() {
        accountService.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        signInAs("dana@example.com");
        UI.getCurrent().navigate(RoutinesView.class);

        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters(RoutineEditorView.ID, String.valueOf(routineId)));

        expectView(NotFoundView.class);
    }

    private void open(long id) {
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters(RoutineEditorView.ID, String.valueOf(id)));
        editor = _get(RoutineEditorView.class);
    }

    private LibraryPicker.PickerItem pickerItem(String name) {
        _setValue(editor.picker.text, name);
        return _find(editor.picker.list, LibraryPicker.PickerItem.class).stream()
                .filter(item -> item.stretch.name().equals(name)).findFirst().orElseThrow();
    }

    private static void drop(Component source, Component target) {
        UI.getCurrent().getInternals().setActiveDragSourceComponent(source);
        ComponentUtil.fireEvent(target, new DropEvent<>(target, true, "move"));
        UI.getCurrent().getInternals().setActiveDragSourceComponent(null);
    }

    private List<String> names() {
        return editor.stepEditors().stream().map(step -> step.step.stretchName()).toList();
    }

    private RoutineDetails stored() {
        return routines.open(routineId);
    }

    private List<String> storedNames() {
        return stored().steps().stream().map(StepDetails::stretchName).toList();
    }

    private static String notificationText(Notification notification) {
        String text = notification.getElement().getProperty("text", "");
        return text.isEmpty()
                ? notification.getChildren().map(child -> child.getElement().getTextRecursively()).reduce("", String::concat)
                : text;
    }
}
