package app.limber.routine.ui;

import app.limber.base.Durations;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.routine.FieldEdit;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineField;
import app.limber.routine.RoutineFileJson;
import app.limber.routine.RoutineFileService;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.support.UiTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach who reads Spanish or German builds routines in their language: the routines page,
 * the editor with a step and its dose, a refused field, and what is wrong with a routine file.
 */
class RoutinesInSpanishAndGermanTest extends UiTest {

    private static final Locale SPANISH = Locale.of("es");

    @Autowired
    RoutineService routines;

    @Autowired
    RoutineFileService files;

    @Autowired
    LibraryService library;

    private StretchCard stretch;
    private RoutineDetails routine;

    @BeforeEach
    void aCoachWithARoutineOfOneStep() {
        signInAsCoach();
        stretch = library.search(LibraryFilter.NONE, 0, 1).getFirst();
        routine = routines.create("Martes suave");
        routine = routines.addStep(routine.id(), stretch.id(), 0);
        routine = routines.changeStep(routine.id(), routine.steps().getFirst().id(), new StepDose(40, 2, Sides.EACH_SIDE, 50, 15, ""));
    }

    @Test
    void theRoutinesPageInSpanish() {
        speak(SPANISH);
        UI.getCurrent().navigate(RoutinesView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Rutinas · Limber");
        assertThat(_get(H1.class).getText()).isEqualTo("Rutinas");
        RoutinesView view = _get(RoutinesView.class);
        assertThat(view.newRoutine.getText()).isEqualTo("Nueva rutina");
        assertThat(view.fromTemplate.getText()).isEqualTo("Empezar con una plantilla");
        assertThat(view.importFile.getText()).isEqualTo("Importar");
        assertThat(view.search.getPlaceholder()).isEqualTo("Buscar rutinas");
        Card card = _get(Card.class, spec -> spec.withClasses("limber-routine-card"));
        assertThat(card.getSubtitle().getElement().getText())
                .isEqualTo("Sin objetivo · 1 paso · " + Durations.approximatelyInWords(routine.estimatedSeconds(), false).in(SPANISH));
        assertThat(card.getElement().getTextRecursively()).containsIgnoringCase("editada ahora mismo")
                .contains("Duplicar", "Archivar", "Exportar")
                .doesNotContain("step", "Edited", "edited", "Duplicate", "Archive", "just now", "about");
        assertThat(_get(card, Anchor.class, spec -> spec.withText("Exportar")).getElement().getAttribute("aria-label"))
                .isEqualTo("Exportar “Martes suave” como archivo");

        _click(_get(card, Button.class, spec -> spec.withText("Duplicar")));

        assertThat(getNotifications().getLast().getElement().getProperty("text")).isEqualTo("Creada \"Martes suave (copia)\".");
        assertThat(routines.list("", false)).extracting(summary -> summary.title()).contains("Martes suave (copia)");
    }

    @Test
    void theArchiveInGerman() {
        speak(Locale.GERMAN);
        UI.getCurrent().navigate(RoutinesView.class);
        RoutinesView view = _get(RoutinesView.class);

        assertThat(view.shelves.getItemLabelGenerator().apply(RoutinesView.ACTIVE)).isEqualTo("Routinen");
        assertThat(view.shelves.getItemLabelGenerator().apply(RoutinesView.ARCHIVE)).isEqualTo("Archiv");
        _click(_get(view.list, Button.class, spec -> spec.withText("Archivieren")));
        assertThat(getNotifications().getLast().getElement().getTextRecursively()).contains("„Martes suave“ ist jetzt im Archiv.", "Rückgängig");

        view.shelves.setValue(RoutinesView.ARCHIVE);
        assertThat(view.list.getElement().getTextRecursively()).containsIgnoringCase("bearbeitet gerade eben").contains("Wiederherstellen")
                .doesNotContain("Restore", "edited", "step");
    }

    @Test
    void theEditorWithAStepAndItsDoseInSpanish() {
        speak(SPANISH);
        RoutineEditorView editor = open();

        assertThat(_find(editor, H2.class).stream().map(H2::getText).toList()).contains("Biblioteca", "Pasos", "Resumen");
        assertThat(editor.title.getLabel()).isEqualTo("Título");
        assertThat(editor.status.text()).isEqualTo("Todos los cambios guardados");
        assertThat(editor.drafts.getElement().getAttribute("unsaved-text")).isEqualTo("Cambios sin guardar");
        assertThat(editor.drafts.getElement().getAttribute("saving-text")).isEqualTo("Guardando…");
        assertThat(editor.summary.duration.getText()).startsWith("1 paso · ");
        assertThat(editor.summary.notCovered.getText()).startsWith("Sin trabajar: ");
        assertThat(editor.picker.count.getText()).endsWith("estiramientos");
        assertThat(editor.picker.more.getText()).isEqualTo("Mostrar más");

        StepRow step = editor.rows().getFirst();
        assertThat(step.summary.getText()).isEqualTo("40 s (derecho 50 s) × 2 · cada lado · descanso 15 s");
        assertThat(step.summary.getElement().getAttribute("title"))
                .isEqualTo("Mantén 40 s (derecho 50 s) · 2 repeticiones · cada lado (izquierdo, luego derecho) · descanso 15 s");
        assertThat(step.getElement().getAttribute("aria-label")).isEqualTo("Paso 1: " + stretch.name());
        assertThat(List.of(step.hold.getLabel(), step.reps.getLabel(), step.sides.getLabel(), step.rest.getLabel(), step.note.getLabel()))
                .containsExactly("Mantener (s)", "Repeticiones", "Lados", "Descanso después (s)", "Nota para el atleta");
        assertThat(step.sides.getItemLabelGenerator().apply(Sides.EACH_SIDE)).isEqualTo("Cada lado (izquierdo, luego derecho)");
        assertThat(step.timing.getItemLabelGenerator().apply(true)).isEqualTo("Hasta que se suelte");
        assertThat(step.moveUp.getText()).isEqualTo("Subir");
        assertThat(editor.summary.getElement().getTextRecursively() + step.summary.getText())
                .doesNotContain("step", "Summary", "Not worked", "rest", "each side", "Hold", "about");

        _click(step.toggle);
        _setValue(step.hold, 601);

        _expectInvalid(step.hold, "Mantén entre 0 y 600 segundos.");
        assertThat(editor.status.text()).isEqualTo("Sin guardar: corrige el campo marcado");
        assertThat(routines.open(routine.id()).steps().getFirst().dose().holdSeconds()).isEqualTo(40);
    }

    @Test
    void theEditorAndARefusedTitleInGerman() {
        speak(Locale.GERMAN);
        RoutineEditorView editor = open();

        assertThat(_find(editor, H2.class).stream().map(H2::getText).toList()).contains("Bibliothek", "Schritte", "Zusammenfassung");
        assertThat(editor.shareLink.getText()).isEqualTo("Freigabelink");
        StepRow step = editor.rows().getFirst();
        assertThat(step.summary.getText()).isEqualTo("40 s (rechts 50 s) × 2 · jede Seite · Pause 15 s");
        assertThat(step.summary.getElement().getAttribute("title"))
                .isEqualTo("40 s halten (rechts 50 s) · 2 Wiederholungen · jede Seite (links, dann rechts) · Pause 15 s");

        _setValue(editor.title, " ");

        _expectInvalid(editor.title, "Gib der Routine einen Titel.");
        assertThat(editor.status.text()).isEqualTo("Nicht gespeichert: Korrigiere das markierte Feld");
        assertThat(routines.open(routine.id()).title()).isEqualTo("Martes suave");

        editor.removeStep(step.step);
        Notification removed = getNotifications().getLast();
        assertThat(removed.getElement().getTextRecursively()).contains("„" + stretch.name() + "“ entfernt.", "Rückgängig");
        assertThat(editor.undo.getTooltip().getText()).isEqualTo("Rückgängig: „" + stretch.name() + "“ entfernen (Strg+Z)");
    }

    @Test
    void aStretchReadBesideTheStepsInSpanish() {
        speak(SPANISH);
        RoutineEditorView editor = open();

        editor.preview(editor.rows().getFirst().step);

        assertThat(editor.preview.dose.getText())
                .isEqualTo("En esta rutina: Mantén 40 s (derecho 50 s) · 2 repeticiones · cada lado (izquierdo, luego derecho) · descanso 15 s");
        assertThat(_find(editor.preview, H4.class).stream().map(H4::getText).toList()).contains("Cómo se hace", "Músculos")
                .doesNotContain("How to do it", "Muscles", "When to stop");
        assertThat(editor.preview.close.getAriaLabel()).hasValue("Cerrar el estiramiento");
    }

    @Test
    void aFieldChangedInAnotherTabInGerman() {
        speak(Locale.GERMAN);
        RoutineEditorView editor = open();
        StepRow step = editor.rows().getFirst();
        long stepId = step.step.id();
        ComponentUtil.fireEvent(editor.drafts, new Drafts.StartedEvent(editor.drafts, true,
                FieldKey.ofStep(stepId, RoutineField.REPS).draftKey(), "2"));
        routines.change(routine.id(), FieldEdit.ofStep(stepId, RoutineField.REPS, 2, 5));
        MockVaadin.clientRoundtrip(false);

        _click(step.toggle);
        _setValue(step.reps, 3);

        EditedField reps = step.field(RoutineField.REPS);
        assertThat(reps.state()).isEqualTo(EditedField.State.CONFLICT);
        assertThat(reps.feedback.getElement().getTextRecursively())
                .contains("Woanders geändert, während du bearbeitet hast. Dort steht jetzt:", "5 Wiederholungen", "Meins behalten", "Diesen nehmen");
        assertThat(editor.status.text()).isEqualTo("Nicht gespeichert: Ein Feld wurde woanders geändert. Wähle, welchen Wert du behältst");

        _click(_get(reps.feedback, Button.class, spec -> spec.withText("Meins behalten")));
        assertThat(routines.open(routine.id()).steps().getFirst().dose().reps()).isEqualTo(3);
        assertThat(editor.status.text()).isEqualTo("Alle Änderungen gespeichert");
    }

    @Test
    void anInvalidRoutineFilesMessagesInSpanishAndGerman() {
        assertThat(importProblems(SPANISH)).startsWith("No se ha importado nada.");
        assertThat(_find(_get(RoutinesView.class).importProblems, ListItem.class)).extracting(ListItem::getText)
                .containsExactlyInAnyOrder("Título: Quita el carácter de control invisible de este texto.",
                        "Paso 1, estiramiento: ningún estiramiento del archivo tiene el identificador “no-such-stretch”.");
        assertThat(_get(Upload.class, spec -> spec.withId("routine-upload")).getI18n().getDropFiles().getOne())
                .isEqualTo("Suelta aquí un archivo de rutina");

        assertThat(importProblems(Locale.GERMAN)).startsWith("Nichts wurde importiert.");
        assertThat(_find(_get(RoutinesView.class).importProblems, ListItem.class)).extracting(ListItem::getText)
                .containsExactlyInAnyOrder("Titel: Entferne das unsichtbare Steuerzeichen aus diesem Text.",
                        "Schritt 1, Dehnübung: Keine Dehnübung in der Datei hat die Kennung „no-such-stretch“.");
    }

    @Test
    void nothingOfTheRoutinesPageAndTheEditorIsLeftInEnglish() {
        Set<String> english = wordsShown(Locale.ENGLISH);
        assertThat(english).as("what the check reads").contains("New routine", "Library", "Hold (s)", "Search stretches", "Drag to move this step");
        for (Locale language : List.of(SPANISH, Locale.GERMAN)) {
            Set<String> same = new TreeSet<>(wordsShown(language));
            same.retainAll(english);
            assertThat(same).as("words shown the same as in English, in " + language).isEmpty();
        }
    }

    /**
     * The words a person reads (texts, labels, placeholders, helpers, accessible names, titles) on
     * the routines page and in the editor with a step open, but for the library's content (stretch
     * names), the routine's title, lengths of time ("30 s") and the parts other features add
     * (publishing, the body map).
     */
    private Set<String> wordsShown(Locale language) {
        speak(language);
        Set<String> found = new TreeSet<>();
        UI.getCurrent().navigate(RoutinesView.class);
        collect(_get(RoutinesView.class).getElement(), found);
        RoutineEditorView editor = open();
        _click(editor.rows().getFirst().toggle);
        collect(editor.getElement(), found);
        library.search(LibraryFilter.NONE, 0, 1000).forEach(card -> found.remove(card.name()));
        found.remove(routine.title());
        found.removeIf(text -> text.matches("[\\d\\s]*(\\d+ (s|min)\\s*)+"));
        return found;
    }

    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("aria-label", "title", "placeholder", "label");
    private static final Set<String> SHOWN_PROPERTIES = Set.of("label", "placeholder", "helperText", "errorMessage", "text",
            "accessibleName", "title");

    private static void collect(Element element, Set<String> found) {
        if (element.isTextNode()) {
            shown(element.getText(), found);
            return;
        }
        if (element.getClassList().contains("limber-publishing-bar") || element.getClassList().contains("limber-body-map")) {
            return; // coaching's and the body's parts of the editor
        }
        SHOWN_ATTRIBUTES.forEach(name -> shown(element.getAttribute(name), found));
        SHOWN_PROPERTIES.forEach(name -> shown(element.getProperty(name), found));
        element.getChildren().forEach(child -> collect(child, found));
    }

    private static void shown(String text, Set<String> found) {
        if (text != null && text.codePoints().anyMatch(Character::isLetter)) {
            found.add(text.strip());
        }
    }

    /** Imports a file with a NUL in its title and a step of a stretch it lacks; what the dialog then says. */
    private String importProblems(Locale language) {
        speak(language);
        UI.getCurrent().navigate(RoutinesView.class);
        String file = new String(RoutineFileJson.write(files.export(routine.id())), StandardCharsets.UTF_8)
                .replaceFirst("\"stretch\" : \"[a-z0-9-]+\"", "\"stretch\" : \"no-such-stretch\"")
                .replaceFirst("\"title\" : \"", "\"title\" : \"\\\\u0000");
        RoutinesView view = _get(RoutinesView.class);
        _click(view.importFile);
        _upload(_get(Upload.class, spec -> spec.withId("routine-upload")), "martes.json", "application/json",
                file.getBytes(StandardCharsets.UTF_8));
        return view.importProblems.getElement().getTextRecursively();
    }

    private RoutineEditorView open() {
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters(RoutineEditorView.ID, String.valueOf(routine.id())));
        return _get(RoutineEditorView.class);
    }

    /** A browser session in this language; the page opens again in it. */
    private static void speak(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
