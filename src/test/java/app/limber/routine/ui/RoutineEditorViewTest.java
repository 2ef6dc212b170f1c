package app.limber.routine.ui;

import app.limber.base.Durations;
import app.limber.account.SignUp;
import app.limber.base.ui.NotFoundView;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.routine.FieldEdit;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineField;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDetails;
import app.limber.routine.StepDose;
import app.limber.support.QueryCounter;
import app.limber.support.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Span;
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
            routine = routines.addStep(routine.id(), stretches.get(index).id(), index);
        }
        routineId = routine.id();
        open(routineId);
    }

    @Test
    void showsTheStepsInOrderWithTheSummary() {
        assertThat(names()).containsExactly(stretches.get(0).name(), stretches.get(1).name(), stretches.get(2).name());
        assertThat(editor.title.getValue()).isEqualTo("Tuesday cool-down");
        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);
        assertThat(editor.summary.duration.getText()).startsWith("3 steps · ");
        assertThat(editor.summary.notCovered.getText()).startsWith("Not worked: ");
    }

    @Test
    void eachStepIsOneCompactRowAndOneRowOpensAtATime() {
        StepRow first = editor.rows().getFirst();
        StepRow second = editor.rows().get(1);
        assertThat(first.name.getText()).isEqualTo(stretches.get(0).name());
        assertThat(first.summary.getText()).isEqualTo(stored().steps().getFirst().dose().summary());
        assertThat(first.body.isVisible()).as("closed until clicked").isFalse();
        assertThat(first.noteMark.isVisible()).isFalse();

        _click(first.toggle);
        assertThat(first.body.isVisible()).isTrue();
        assertThat(first.toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        _setValue(opened(first).hold, 45);
        _setValue(opened(first).reps, 2);
        _setValue(opened(first).sides, Sides.EACH_SIDE);
        _setValue(opened(first).rest, 15);
        _setValue(opened(first).note, "Slow breath out");
        assertThat(first.summary.getText()).isEqualTo("45 s \u00d7 2 \u00b7 each side \u00b7 rest 15 s");
        assertThat(first.noteMark.isVisible()).isTrue();

        _click(second.toggle);
        assertThat(second.body.isVisible()).isTrue();
        assertThat(first.body.isVisible()).as("one row open at a time").isFalse();
        _click(second.toggle);
        assertThat(second.body.isVisible()).isFalse();
    }

    @Test
    void theSummaryFollowsEveryChange() {
        String before = editor.summary.duration.getText();
        StepRow first = editor.rows().getFirst();

        _setValue(opened(first).hold, 120);
        _setValue(opened(first).reps, 3);

        assertThat(editor.summary.duration.getText()).isNotEqualTo(before).isEqualTo("3 steps · " + Durations.approximately(stored().estimatedSeconds()));
        assertThat(editor.summary.coverageList.getChildren().count()).isEqualTo(stored().coverage().values().stream().filter(seconds -> seconds > 0).count());
    }

    @Test
    void oneFieldEditCostsTheChangeAndOneLookUpOfThePublishedVersion() {
        StepRow first = opened(editor.rows().getFirst());
        long id = stored().id();
        routines.change(id, FieldEdit.ofStep(first.step.id(), RoutineField.REST, first.rest.getValue(), first.rest.getValue() + 1));
        int alone = QueryCounter.count(() -> routines.change(id,
                FieldEdit.ofStep(first.step.id(), RoutineField.REST, first.rest.getValue() + 1, first.rest.getValue() + 5)));
        MockVaadin.clientRoundtrip(false); // the editor hears of that change first
        int inTheEditor = QueryCounter.count(() -> _setValue(first.note, "Breathe out as you sink"));

        assertThat(stored().steps().getFirst().dose().note()).isEqualTo("Breathe out as you sink");
        assertThat(inTheEditor).as("the stored change (%d statements) and the latest published version; the routine is not opened again", alone)
                .isEqualTo(alone + 1);
    }

    @Test
    void aStretchDroppedOnAStepGoesBeforeIt() {
        var item = pickerItem("Standing wall calf stretch");

        drop(item, editor.rows().get(1));

        assertThat(names()).containsExactly(stretches.get(0).name(), "Standing wall calf stretch", stretches.get(1).name(), stretches.get(2).name());
        assertThat(storedNames()).isEqualTo(names());
    }

    @Test
    void aStretchDroppedOnTheEndZoneOrAddedWithItsButtonGoesLast() {
        drop(pickerItem("High knees"), editor.stepList.endZone);
        _click(addButton("Child's pose"));

        assertThat(names()).endsWith("High knees", "Child's pose");
        assertThat(storedNames()).isEqualTo(names());
    }

    @Test
    void aStepDroppedOnARowGoesJustBeforeItAndTheMenuMovesStepsToo() {
        String first = stretches.get(0).name();
        String second = stretches.get(1).name();
        String third = stretches.get(2).name();

        drop(editor.rows().get(2).handle, editor.rows().get(0));
        assertThat(names()).containsExactly(third, first, second);

        drop(editor.rows().get(0).handle, editor.stepList.endZone);
        assertThat(names()).containsExactly(first, second, third);

        drop(editor.rows().get(0).handle, editor.rows().get(1));
        assertThat(names()).as("dropped just before the next step: where it already was").containsExactly(first, second, third);
        drop(editor.rows().get(0).handle, editor.rows().get(2));
        assertThat(names()).as("dropped before the third: between the second and the third").containsExactly(second, first, third);

        menu(editor.rows().get(2), row -> row.moveUp);
        assertThat(names()).containsExactly(second, third, first);
        menu(editor.rows().get(0), row -> row.moveDown);
        assertThat(names()).containsExactly(third, second, first);
        assertThat(editor.rows().get(0).moveUp.isEnabled()).isFalse();
        assertThat(editor.rows().get(2).moveDown.isEnabled()).isFalse();
        assertThat(storedNames()).containsExactly(third, second, first);
    }

    @Test
    void duplicateMakesACopyRightAfterTheStep() {
        StepRow first = editor.rows().getFirst();
        _setValue(opened(first).note, "Twice, please");

        menu(first, row -> row.duplicate);

        assertThat(names()).containsExactly(stretches.get(0).name(), stretches.get(0).name(), stretches.get(1).name(), stretches.get(2).name());
        assertThat(stored().steps().get(1).dose().note()).isEqualTo("Twice, please");
    }

    @Test
    void thePlusButtonAddsWhereTheCoachChose() {
        _setValue(editor.picker.insertAt, 1);
        _click(addButton("High knees"));

        assertThat(names()).element(1).isEqualTo("High knees");
        assertThat(storedNames()).isEqualTo(names());
        assertThat(getNotifications()).anySatisfy(notification -> assertThat(notificationText(notification))
                .isEqualTo("Added \"High knees\" as step 2."));
        assertThat(editor.picker.insertAt.getValue()).as("the next + goes after the one just added").isEqualTo(2);

        _click(addButton("Child's pose"));
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
        assertThat(editor.picker.shown()).doesNotHaveDuplicates();
        if (all <= 2 * LibraryPicker.PAGE) {
            assertThat(_find(editor.picker, Button.class, spec -> spec.withText("Show more"))).as("nothing more to show").isEmpty();
        }
    }

    @Test
    void aStretchOpensBesideTheStepsWithItsInstructionsAndTheStepsOwnDose() {
        LibraryPicker.PickerItem item = pickerItem("Standing wall calf stretch");
        _click(_get(item, Button.class, spec -> spec.withText("Standing wall calf stretch")));

        assertThat(editor.preview.isVisible()).isTrue();
        assertThat(editor.summary.isVisible()).isFalse();
        assertThat(editor.preview.name.getText()).isEqualTo("Standing wall calf stretch");
        assertThat(editor.preview.dose.getText()).startsWith("Default dose: ");
        assertThat(editor.preview.content.getElement().getTextRecursively()).contains("How to do it", "When to stop");

        StepRow first = editor.rows().getFirst();
        _setValue(opened(first).hold, 55);
        _click(first.name);
        assertThat(editor.preview.name.getText()).isEqualTo(stretches.get(0).name());
        assertThat(editor.preview.dose.getText()).isEqualTo("In this routine: " + stored().steps().getFirst().dose().describe());

        _click(editor.preview.close);
        assertThat(editor.preview.isVisible()).isFalse();
        assertThat(editor.summary.isVisible()).isTrue();
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
        StepRow step = editor.rows().getFirst();

        _setValue(opened(step).hold, 45);
        _setValue(opened(step).reps, 3);
        _setValue(opened(step).sides, Sides.EACH_SIDE);
        assertThat(step.secondSideHold.isVisible()).isTrue();
        _setValue(opened(step).secondSideHold, 25);
        _setValue(opened(step).rest, 15);
        _setValue(opened(step).note, "Breathe out as you lean in. Łódź 🏃");

        assertThat(stored().steps().getFirst().dose()).isEqualTo(new StepDose(45, 3, Sides.EACH_SIDE, 25, 15, "Breathe out as you lean in. Łódź 🏃"));
        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);
    }

    @Test
    void anInvalidValueIsMarkedAndNeverStored() {
        StepRow step = editor.rows().getFirst();
        StepDose before = stored().steps().getFirst().dose();

        _setValue(opened(step).hold, 601);

        _expectInvalid(step.hold, "Hold between 0 and 600 seconds.");
        assertThat(editor.status.text()).isEqualTo("Not saved: fix the marked field");
        assertThat(stored().steps().getFirst().dose()).isEqualTo(before);

        _setValue(opened(step).note, "A NUL \u0000 here");
        _expectInvalid(step.note, "Remove the invisible control character from this text.");

        _setValue(opened(step).hold, 60);
        _setValue(opened(step).note, "Fine now");
        assertThat(step.hold.isInvalid()).isFalse();
        assertThat(stored().steps().getFirst().dose().holdSeconds()).isEqualTo(60);
        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);
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
        StepRow second = editor.rows().get(1);
        _setValue(opened(second).note, "Keep this note");
        List<String> before = names();

        menu(editor.rows().get(1), row -> row.remove);

        assertThat(names()).hasSize(2).doesNotContain(before.get(1));
        Notification undoNotice = getNotifications().getLast();
        _click(_get(undoNotice, Button.class, spec -> spec.withText("Undo")));
        assertThat(names()).isEqualTo(before);
        assertThat(stored().steps().get(1).dose().note()).isEqualTo("Keep this note");
    }

    @Test
    void changesMadeElsewhereShowAtOnceAndMergeWithThisEditorsOwn() {
        RoutineDetails inOtherTab = routines.open(routineId);
        long firstId = inOtherTab.steps().getFirst().id();
        StepDose dose = inOtherTab.steps().getFirst().dose();
        routines.change(routineId, FieldEdit.ofStep(firstId, RoutineField.REST, dose.restSeconds(), 25));
        routines.moveStep(routineId, inOtherTab.steps().get(2).id(), 0);
        MockVaadin.clientRoundtrip(false);

        RoutineDetails latest = stored();
        assertThat(names()).as("shown without a reload").isEqualTo(latest.steps().stream().map(StepDetails::stretchName).toList());
        StepRow first = editor.stepList.row(firstId).orElseThrow();
        assertThat(first.rest.getValue()).isEqualTo(25);

        _setValue(opened(first).reps, dose.reps() + 2);

        StepDose merged = stored().steps().stream().filter(step -> step.id() == firstId).findFirst().orElseThrow().dose();
        assertThat(merged.restSeconds()).as("the other tab's rest").isEqualTo(25);
        assertThat(merged.reps()).as("this editor's reps").isEqualTo(dose.reps() + 2);
        assertThat(getNotifications()).as("no banner").isEmpty();
        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);
    }

    @Test
    void theSameFieldChangedElsewhereWhileTypingShowsBothValuesAndTheCoachKeepsEither() {
        StepRow first = editor.rows().getFirst();
        long firstId = first.step.id();
        startTyping(FieldKey.ofStep(firstId, RoutineField.NOTE));
        routines.change(routineId, FieldEdit.ofStep(firstId, RoutineField.NOTE, "", "Tab A's note"));
        MockVaadin.clientRoundtrip(false);
        assertThat(first.note.getValue()).as("what this coach is typing is not overwritten").isEmpty();

        _setValue(opened(first).note, "Tab B's note");

        EditedField note = first.field(RoutineField.NOTE);
        assertThat(note.state()).isEqualTo(EditedField.State.CONFLICT);
        assertThat(note.feedback.isVisible()).isTrue();
        assertThat(note.feedback.getElement().getTextRecursively()).contains("Tab A's note");
        assertThat(first.note.getValue()).isEqualTo("Tab B's note");
        assertThat(first.body.isVisible()).as("the row opens to show it").isTrue();
        assertThat(editor.status.text()).isEqualTo(SaveStatus.CONFLICT);
        assertThat(stored().steps().getFirst().dose().note()).isEqualTo("Tab A's note");

        _click(_get(note.feedback, Button.class, spec -> spec.withText("Keep mine")));
        assertThat(stored().steps().getFirst().dose().note()).isEqualTo("Tab B's note");
        assertThat(note.feedback.isVisible()).isFalse();
        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);

        startTyping(FieldKey.ofRoutine(RoutineField.TITLE));
        routines.change(routineId, FieldEdit.ofRoutine(RoutineField.TITLE, "Tuesday cool-down", "Their title"));
        MockVaadin.clientRoundtrip(false);
        _setValue(editor.title, "My title");
        EditedField title = editor.field(FieldKey.ofRoutine(RoutineField.TITLE));
        _click(_get(title.feedback, Button.class, spec -> spec.withText("Use this one")));
        assertThat(editor.title.getValue()).isEqualTo("Their title");
        assertThat(stored().title()).isEqualTo("Their title");
        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);
    }

    @Test
    void aChangeFromElsewhereShownBeforeTheServerHeardOfTheTypingStillMeetsItAsAConflict() {
        StepRow first = opened(editor.rows().getFirst());
        long firstId = first.step.id();
        routines.change(routineId, FieldEdit.ofStep(firstId, RoutineField.NOTE, "", "Tab A's note"));
        MockVaadin.clientRoundtrip(false);
        assertThat(first.note.getValue()).as("shown at once: nothing of this coach's was known to be there").isEqualTo("Tab A's note");

        // the browser had begun typing on the empty note before Tab A's note reached it
        ComponentUtil.fireEvent(editor.drafts, new Drafts.StartedEvent(editor.drafts, true, firstId + ":NOTE", ""));
        _setValue(first.note, "Tab B's note");

        assertThat(first.field(RoutineField.NOTE).state()).isEqualTo(EditedField.State.CONFLICT);
        assertThat(stored().steps().getFirst().dose().note()).as("not overwritten").isEqualTo("Tab A's note");
    }

    @Test
    void leavingAFieldStoresWhatItHoldsAtOnce() {
        StepRow first = opened(editor.rows().getFirst());
        long firstId = first.step.id();
        int hold = stored().steps().getFirst().dose().holdSeconds();
        startTyping(FieldKey.ofStep(firstId, RoutineField.NOTE));

        ComponentUtil.fireEvent(editor.drafts, new Drafts.LeftEvent(editor.drafts, true, firstId + ":NOTE", "Left the field"));
        ComponentUtil.fireEvent(editor.drafts, new Drafts.LeftEvent(editor.drafts, true, firstId + ":HOLD", "forty"));

        assertThat(stored().steps().getFirst().dose().note()).isEqualTo("Left the field");
        assertThat(first.note.getValue()).isEqualTo("Left the field");
        assertThat(stored().steps().getFirst().dose().holdSeconds()).as("not a number: nothing stored").isEqualTo(hold);
        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);
    }

    @Test
    void whatWasTypedInAStepRemovedElsewhereIsOfferedBackAsText() {
        StepRow second = editor.rows().get(1);
        routines.removeStep(routineId, second.step.id());

        _setValue(opened(second).note, "Typed for a step that is gone");

        assertThat(names()).hasSize(2);
        assertThat(editor.removedElsewhere.isVisible()).isTrue();
        assertThat(editor.removedElsewhere.getElement().getTextRecursively())
                .contains("was removed in another tab", "Typed for a step that is gone");
        _click(_get(editor.removedElsewhere, Button.class, spec -> spec.withText("Dismiss")));
        assertThat(editor.removedElsewhere.isVisible()).isFalse();
    }

    @Test
    void undoAndRedoTakeBackAndRemakeAddMoveDoseAndRemove() {
        RoutineDetails original = stored();
        assertThat(editor.undo.isEnabled()).isFalse();

        _click(addButton("High knees"));
        menu(editor.rows().get(3), row -> row.moveUp);
        _setValue(opened(editor.rows().getFirst()).hold, 90);
        menu(editor.rows().get(1), row -> row.remove);
        RoutineDetails changed = stored();
        assertThat(editor.undo.isEnabled()).isTrue();

        for (int times = 0; times < 4; times++) {
            editor.undo();
        }
        assertThat(stepsOf(stored())).as("four undos: back to how it was").isEqualTo(stepsOf(original));
        assertThat(editor.undo.isEnabled()).isFalse();
        assertThat(editor.redo.isEnabled()).isTrue();
        assertThat(editor.rows().getFirst().hold.getValue()).isEqualTo(original.steps().getFirst().dose().holdSeconds());

        for (int times = 0; times < 4; times++) {
            _click(editor.redo);
        }
        assertThat(stepsOf(stored())).as("four redos: the changes again").isEqualTo(stepsOf(changed));
        assertThat(editor.redo.isEnabled()).isFalse();

        ComponentUtil.fireEvent(editor.drafts, new Drafts.UndoKeyEvent(editor.drafts, true, false));
        assertThat(stored().steps()).as("Ctrl+Z undoes the removal").hasSize(4);
    }

    @Test
    void draftsKeptInTheBrowserAreOfferedBackFieldByField() {
        long firstId = editor.rows().getFirst().step.id();
        int hold = stored().steps().getFirst().dose().holdSeconds();
        String json = "[{\"key\":\"r:TITLE\",\"value\":\"Typed before the session ended\"},"
                + "{\"key\":\"" + firstId + ":NOTE\",\"value\":\"A note never saved\"},"
                + "{\"key\":\"" + firstId + ":HOLD\",\"value\":\"" + hold + "\"},"
                + "{\"key\":\"999999999:NOTE\",\"value\":\"For a step that is gone\"},"
                + "{\"key\":\"<b>forged</b>\",\"value\":\"x\"}]";

        ComponentUtil.fireEvent(editor.drafts, new Drafts.FoundEvent(editor.drafts, true, json));

        EditedField title = editor.field(FieldKey.ofRoutine(RoutineField.TITLE));
        assertThat(title.feedback.isVisible()).isTrue();
        assertThat(title.feedback.getElement().getTextRecursively()).contains("Typed before the session ended");
        EditedField note = editor.rows().getFirst().field(RoutineField.NOTE);
        assertThat(note.feedback.isVisible()).isTrue();
        assertThat(editor.rows().getFirst().field(RoutineField.HOLD).feedback.isVisible()).as("the same as stored: nothing to offer").isFalse();
        assertThat(editor.removedElsewhere.getElement().getTextRecursively()).contains("For a step that is gone");
        assertThat(stored().title()).as("nothing is stored before the coach says so").isEqualTo("Tuesday cool-down");

        _click(_get(title.feedback, Button.class, spec -> spec.withText("Use it")));
        _click(_get(note.feedback, Button.class, spec -> spec.withText("Discard")));

        assertThat(stored().title()).isEqualTo("Typed before the session ended");
        assertThat(editor.title.getValue()).isEqualTo("Typed before the session ended");
        assertThat(stored().steps().getFirst().dose().note()).isEmpty();
        assertThat(note.feedback.isVisible()).isFalse();
        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);
    }

    @Test
    void thePickerSearchesLikeTheLibrary() {
        _setValue(editor.picker.text, "tight hips");

        assertThat(editor.picker.shown()).extracting(StretchCard::name).contains("Kneeling hip flexor stretch", "Lying pigeon stretch")
                .doesNotContain("Standing wall calf stretch");
        assertThat(editor.picker.count.getText()).isEqualTo(editor.picker.shown().size() + " stretches");

        _setValue(editor.picker.text, "calfs");

        assertThat(editor.picker.shown().getFirst().name()).as("a name match first").containsIgnoringCase("calf");
    }

    @Test
    void typingInThePickersSearchLeavesTheSaveStatusAlone() {
        _setValue(editor.picker.text, "calf");

        assertThat(editor.status.text()).isEqualTo(RoutineEditorView.SAVED);
        assertThat(editor.status.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(editor.picker.text.getElement().hasAttribute("data-draft-key")).as("not one of the routine's fields").isFalse();
        assertThat(editor.rows().getFirst().note.getElement().getAttribute("data-draft-key"))
                .isEqualTo(editor.rows().getFirst().step.id() + ":NOTE");
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

    /** The row, opened (its dose and note show only then). */
    private StepRow opened(StepRow row) {
        if (!row.expanded()) {
            _click(row.toggle);
        }
        return row;
    }

    private static void menu(StepRow row, java.util.function.Function<StepRow, com.vaadin.flow.component.contextmenu.MenuItem> item) {
        com.github.mvysny.kaributesting.v10.ContextMenuKt._click(row.menu, item.apply(row));
    }

    private void startTyping(FieldKey key) {
        String stored = editor.field(key).component().getElement().getAttribute("data-saved-value");
        ComponentUtil.fireEvent(editor.drafts, new Drafts.StartedEvent(editor.drafts, true, key.draftKey(), stored));
    }

    private Button addButton(String name) {
        return _get(pickerItem(name), Button.class, spec -> spec.withAttribute("aria-label", "Add " + name));
    }

    private static List<String> stepsOf(RoutineDetails routine) {
        return routine.steps().stream().map(step -> step.stretchId() + " " + step.dose()).toList();
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
        return editor.rows().stream().map(row -> row.step.stretchName()).toList();
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
