package app.limber.routine.ui;

import app.limber.base.Durations;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.routine.RoutineSummary;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
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

class RoutinesViewTest extends UiTest {

    @Autowired
    RoutineService routines;

    private RoutinesView view;

    @BeforeEach
    void openRoutines() {
        signInAsCoach();
        UI.getCurrent().navigate(RoutinesView.class);
        view = _get(RoutinesView.class);
    }

    @Test
    void withNoRoutinesItSaysWhatToDo() {
        assertThat(_get(H2.class, spec -> spec.withText("No routines yet")).isVisible()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Start from a template"))).isNotEmpty();
    }

    @Test
    void aNewRoutineNeedsATitleAndOpensInTheEditor() {
        _click(view.newRoutine);
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Create")));
        _expectInvalid(_get(dialog, TextField.class), "Give the routine a title.");
        assertThat(routines.list("", false)).isEmpty();

        _setValue(_get(dialog, TextField.class), "Race morning");
        _click(_get(dialog, Button.class, spec -> spec.withText("Create")));

        expectView(RoutineEditorView.class);
        assertThat(_get(RoutineEditorView.class).title.getValue()).isEqualTo("Race morning");
    }

    @Test
    void aTemplateBecomesARoutineOfTheCoachsOwn() {
        _click(view.fromTemplate);
        Card warmUp = _find(Card.class).stream().filter(card -> "Pre-run dynamic warm-up".equals(card.getTitleAsText()))
                .findFirst().orElseThrow();

        _click(_get(warmUp, Button.class, spec -> spec.withText("Use this template")));

        expectView(RoutineEditorView.class);
        RoutineEditorView editor = _get(RoutineEditorView.class);
        assertThat(editor.routine().steps()).hasSize(7);
        assertThat(editor.routine().steps().getFirst().stretchName()).isEqualTo("Easy warm-up jog");
    }

    @Test
    void listShowsEachRoutineWithItsFactsAndSearchNarrowsIt() {
        RoutineDetails coolDown = routines.createFromTemplate("post-run-static-cool-down");
        routines.create("Race morning");
        view.refresh();

        assertThat(titles()).containsExactlyInAnyOrder("Post-run static cool-down", "Race morning");
        Card card = cardOf("Post-run static cool-down");
        assertThat(card.getSubtitle().getElement().getText()).contains("Post-run cool-down", "7 steps", "about")
                .contains(Durations.approximately(coolDown.estimatedSeconds()));
        assertThat(card.getElement().getAttribute("role")).as("an item of the list, not an unnamed landmark").isEqualTo("article");
        assertThat(card.getElement().getAttribute("aria-label")).isEqualTo("Post-run static cool-down");

        _setValue(view.search, "race");
        assertThat(titles()).containsExactly("Race morning");
    }

    @Test
    void duplicateThenArchiveWithUndoThenRestoreFromTheArchive() {
        routines.create("Race morning");
        view.refresh();

        _click(_get(cardOf("Race morning"), Button.class, spec -> spec.withText("Duplicate")));
        assertThat(titles()).containsExactlyInAnyOrder("Race morning", "Race morning (copy)");

        _click(_get(cardOf("Race morning (copy)"), Button.class, spec -> spec.withText("Archive")));
        assertThat(titles()).containsExactly("Race morning");
        Notification undoNotice = getNotifications().getLast();
        _click(_get(undoNotice, Button.class, spec -> spec.withText("Undo")));
        assertThat(titles()).containsExactlyInAnyOrder("Race morning", "Race morning (copy)");

        _click(_get(cardOf("Race morning"), Button.class, spec -> spec.withText("Archive")));
        view.shelves.setValue(RoutinesView.ARCHIVE);
        assertThat(titles()).containsExactly("Race morning");
        _click(_get(cardOf("Race morning"), Button.class, spec -> spec.withText("Restore")));
        assertThat(routines.list("", false)).extracting(RoutineSummary::title).containsExactlyInAnyOrder("Race morning", "Race morning (copy)");
    }

    private List<String> titles() {
        return _find(view.list, Card.class).stream()
                .map(card -> ((RouterLink) card.getTitle()).getText()).toList();
    }

    private Card cardOf(String title) {
        return _find(view.list, Card.class).stream()
                .filter(card -> ((RouterLink) card.getTitle()).getText().equals(title)).findFirst().orElseThrow();
    }
}
