package app.limber.routine.ui;

import app.limber.library.Contraindication;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structured cautions in the routine editor (issue 15): the stretch read beside the steps says
 * "Check before you start" with each caution in the athlete's words, and the picker's "Avoid
 * if…" leaves out the stretches tagged with what the coach chose.
 */
class CautionsInTheEditorTest extends UiTest {

    @Autowired RoutineService routines;
    @Autowired LibraryService library;

    private RoutineEditorView editor;

    @BeforeEach
    void aRoutineOpenInTheEditor() {
        signInAsCoach();
        RoutineDetails routine = routines.create("Calves");
        routine = routines.addStep(routine.id(), library.search(LibraryFilter.NONE, 0, 1).getFirst().id(), 0);
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters(RoutineEditorView.ID, String.valueOf(routine.id())));
        editor = _get(RoutineEditorView.class);
    }

    @Test
    void thePreviewSaysWhoShouldCheckBeforeStarting() {
        _setValue(editor.picker.text, "Standing wall calf stretch");
        var item = _find(editor.picker.list, LibraryPicker.PickerItem.class).stream()
                .filter(found -> found.stretch.name().equals("Standing wall calf stretch")).findFirst().orElseThrow();
        _click(_get(item, Button.class, spec -> spec.withText("Standing wall calf stretch")));

        assertThat(_find(editor.preview.content, H4.class)).extracting(H4::getText)
                .containsSubsequence("How to do it", "Check before you start", "When to stop");
        assertThat(_find(editor.preview.content, ListItem.class)).extracting(ListItem::getText)
                .contains(Contraindication.BLOOD_CLOT.caution());
    }

    @Test
    void avoidIfLeavesOutTheStretchesTaggedWithIt() {
        _setValue(editor.picker.text, "calf");
        List<StretchCard> before = editor.picker.shown();
        assertThat(before).extracting(StretchCard::name).contains("Standing wall calf stretch");

        _setValue(editor.picker.avoid, Set.of(Contraindication.BLOOD_CLOT));

        List<StretchCard> after = editor.picker.shown();
        assertThat(after).extracting(StretchCard::name).doesNotContain("Standing wall calf stretch");
        assertThat(after.size()).isLessThan(before.size());
        assertThat(library.details(after.stream().map(StretchCard::id).toList()).values())
                .allSatisfy(stretch -> assertThat(stretch.contraindications()).doesNotContain(Contraindication.BLOOD_CLOT));

        _setValue(editor.picker.avoid, Set.of());
        assertThat(editor.picker.shown()).isEqualTo(before);
    }
}
