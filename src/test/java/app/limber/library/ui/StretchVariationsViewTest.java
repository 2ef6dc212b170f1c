package app.limber.library.ui;

import app.limber.body.Muscle;
import app.limber.library.LibraryService;
import app.limber.library.Position;
import app.limber.library.StretchDetails;
import app.limber.library.StretchDraft;
import app.limber.library.StretchKind;
import app.limber.library.StretchLink;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

/** The stretch page's "Easier: …" and "Harder: …", and the editor's pickers for them. */
class StretchVariationsViewTest extends UiTest {

    @Autowired
    LibraryService library;

    @BeforeEach
    void coach() {
        signInAsCoach();
    }

    @Test
    void aStretchPageLinksItsEasierAndHarderVersions() {
        StretchDetails quad = builtIn("standing-quad-stretch");

        open(quad.id());

        List<Paragraph> lines = _find(Paragraph.class, spec -> spec.withClasses("limber-stretch-variation"));
        assertThat(lines).extracting(line -> line.getElement().getTextRecursively())
                .containsExactly("Easier: " + quad.easier().name(),
                        "Harder: " + quad.harder().name());
        RouterLink easier = _get(lines.getFirst(), RouterLink.class);
        assertThat(easier.getHref()).isEqualTo("library/stretch/" + quad.easier().id());

        UI.getCurrent().navigate(easier.getHref());
        expectView(StretchView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("limber-stretch-variation"))).extracting(line -> line.getElement().getTextRecursively())
                .containsExactly("Harder: " + quad.name());
    }

    @Test
    void aStretchWithoutVersionsSaysNothingOfThem() {
        open(builtIn("childs-pose").id());

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("limber-stretch-variation"))).isEmpty();
    }

    @Test
    void theEditorNamesAnEasierVersionAndThePageShowsIt() {
        StretchDetails kneeBend = builtIn("standing-knee-bend-calf-stretch");
        UI.getCurrent().navigate(StretchEditorView.class);
        StretchEditorView editor = _get(StretchEditorView.class);
        _setValue(editor.name, "Kerb calf lunge");
        _setValue(editor.instructions, "Lunge with the back heel on the kerb.");
        _setValue(editor.primaryMuscles, Set.of(Muscle.CALF_GASTROCNEMIUS));
        StretchLink offered = editor.easier.getListDataView().getItems()
                .filter(link -> link.id() == kneeBend.id()).findFirst().orElseThrow();
        _setValue(editor.easier, offered);

        _click(editor.save);

        expectView(StretchView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("limber-stretch-variation"))).extracting(line -> line.getElement().getTextRecursively())
                .containsExactly("Easier: " + kneeBend.name());
    }

    @Test
    void theEditorDoesNotOfferTheStretchItselfAndShowsARefusedLoopNextToTheField() {
        StretchDetails first = library.create(draft("First calf"));
        StretchDetails second = library.create(draft("Second calf").withVariations(first.id(), null));

        UI.getCurrent().navigate(StretchEditorView.class, new RouteParameters(StretchView.ID, String.valueOf(first.id())));
        StretchEditorView editor = _get(StretchEditorView.class);
        assertThat(editor.easier.getListDataView().getItems().map(StretchLink::id)).doesNotContain(first.id()).contains(second.id());
        assertThat(editor.harder.getListDataView().getItems().map(StretchLink::id)).doesNotContain(first.id());
        _setValue(editor.easier, editor.easier.getListDataView().getItems().filter(link -> link.id() == second.id()).findFirst().orElseThrow());

        _click(editor.save);

        expectView(StretchEditorView.class);
        _expectInvalid(editor.easier, "\"Second calf\" is already harder than this stretch through its own links, so it cannot be its easier version.");
        assertThat(library.find(first.id()).orElseThrow().easier()).as("nothing stored").isNull();
    }

    @Test
    void editingKeepsTheVersionsAlreadyNamed() {
        StretchDetails first = library.create(draft("First calf"));
        StretchDetails second = library.create(draft("Second calf").withVariations(first.id(), null));

        UI.getCurrent().navigate(StretchEditorView.class, new RouteParameters(StretchView.ID, String.valueOf(second.id())));
        StretchEditorView editor = _get(StretchEditorView.class);
        assertThat(editor.easier.getValue()).isEqualTo(new StretchLink(first.id(), "First calf"));
        _setValue(editor.summary, "Now with a summary.");
        _click(editor.save);

        assertThat(library.find(second.id()).orElseThrow().easier()).isEqualTo(new StretchLink(first.id(), "First calf"));
    }

    private static StretchDraft draft(String name) {
        return new StretchDraft(name, "", List.of("Lean in."), List.of(), List.of(), StretchKind.STATIC, Position.STANDING,
                Set.of(), Set.of(), 30, 1, true, List.of(Muscle.CALF_GASTROCNEMIUS), List.of(), "");
    }

    private StretchDetails builtIn(String slug) {
        return library.find(library.builtInIds(List.of(slug)).get(slug)).orElseThrow();
    }

    private static void open(long id) {
        UI.getCurrent().navigate(StretchView.class, new RouteParameters(StretchView.ID, String.valueOf(id)));
    }
}
