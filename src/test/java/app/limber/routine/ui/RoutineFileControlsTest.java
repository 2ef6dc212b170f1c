package app.limber.routine.ui;

import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineFileJson;
import app.limber.routine.RoutineFileService;
import app.limber.routine.RoutineService;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** Export on every routine card, and Import on the routines page (a file becomes a new draft, or its problems are listed). */
class RoutineFileControlsTest extends UiTest {

    @Autowired
    RoutineService routines;

    @Autowired
    RoutineFileService files;

    private RoutineDetails warmUp;

    @BeforeEach
    void aCoachWithARoutine() {
        signInAsCoach();
        warmUp = routines.createFromTemplate(routines.templates().getFirst().slug());
        UI.getCurrent().navigate(RoutinesView.class);
    }

    @Test
    void everyRoutineCardDownloadsItsFile() {
        Anchor export = _get(Anchor.class, spec -> spec.withText("Export"));

        assertThat(export.getHref()).isEqualTo("routines/" + warmUp.id() + "/routine.json");
        assertThat(export.getElement().hasAttribute("download")).isTrue();
        assertThat(export.getElement().hasAttribute("router-ignore")).as("a download, not a view").isTrue();
        assertThat(export.getElement().getAttribute("aria-label")).isEqualTo("Export \u201c" + warmUp.title() + "\u201d as a file");
    }

    @Test
    void anImportedFileOpensAsANewDraftInTheEditor() {
        byte[] file = RoutineFileJson.write(files.export(warmUp.id()));

        _click(_get(RoutinesView.class).importFile);
        _upload(_get(Upload.class, spec -> spec.withId("routine-upload")), "warm-up.limber.json", "application/json", file);

        expectView(RoutineEditorView.class);
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(routines.list("", false)).hasSize(2);
        RoutineEditorView editor = _get(RoutineEditorView.class);
        assertThat(editor.title.getValue()).isEqualTo(warmUp.title());
    }

    @Test
    void aBadFileListsWhatIsWrongAndImportsNothing() {
        String file = new String(RoutineFileJson.write(files.export(warmUp.id())), StandardCharsets.UTF_8)
                .replaceFirst("\"stretch\" : \"[a-z0-9-]+\"", "\"stretch\" : \"no-such-stretch\"")
                .replaceFirst("\"title\" : \"", "\"title\" : \"\\\\u0000");

        _click(_get(RoutinesView.class).importFile);
        _upload(_get(Upload.class, spec -> spec.withId("routine-upload")), "warm-up.json", "application/json",
                file.getBytes(StandardCharsets.UTF_8));

        RoutinesView view = _get(RoutinesView.class);
        assertThat(view.importProblems.getElement().getTextRecursively()).startsWith("Nothing was imported.");
        assertThat(_find(view.importProblems, ListItem.class)).extracting(ListItem::getText)
                .containsExactlyInAnyOrder("Title: Remove the invisible control character from this text.",
                        "Step 1, stretch: no stretch in the file has the slug “no-such-stretch”.");
        assertThat(_find(Dialog.class)).as("the dialog stays open to try again").hasSize(1);
        assertThat(routines.list("", false)).hasSize(1);
    }
}
