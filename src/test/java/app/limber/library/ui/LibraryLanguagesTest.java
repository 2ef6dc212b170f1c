package app.limber.library.ui;

import app.limber.body.Muscle;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.AdviceCard;
import app.limber.body.ui.BodyMap;
import app.limber.body.ui.StretchFigure;
import app.limber.library.LibraryService;
import app.limber.support.UiTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The library, a stretch's page and the stretch editor in Spanish and in German. */
class LibraryLanguagesTest extends UiTest {

    @Autowired
    LibraryService library;

    @Autowired
    app.limber.library.HydrationAdvice hydration;

    @BeforeEach
    void signIn() {
        signInAsCoach();
    }

    @Test
    void theLibraryWithAFilterAndASearchWithNoResultInSpanish() {
        speak(Locale.of("es"));
        UI.getCurrent().navigate(LibraryView.class);
        var view = _get(LibraryView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Biblioteca de estiramientos");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Biblioteca · Limber");
        assertThat(view.resultCount.getText()).isEqualTo("46 estiramientos");
        assertThat(view.muscles.getLabel()).isEqualTo("Músculos");
        assertThat(view.purpose.getLabel()).isEqualTo("Objetivo");
        assertThat(view.avoid.getLabel()).isEqualTo("Evitar si…");
        assertThat(view.muscles.getItemLabelGenerator().apply(Muscle.HAMSTRINGS)).isEqualTo("Isquiotibiales");
        assertThat(view.text.getPlaceholder()).isEqualTo("Busca por nombre, pasos o músculo");

        _setValue(view.muscles, Set.of(Muscle.HAMSTRINGS));
        assertThat(view.resultCount.getText()).matches("\\d+ estiramientos?");
        assertThat(view.clearFilters.getText()).isEqualTo("Quitar filtros");
        assertThat(view.ownership.getItemLabelGenerator().apply(app.limber.library.Ownership.ALL)).as("short enough for its field").isEqualTo("Todos");

        _setValue(view.text, "zzzz no such stretch");
        assertThat(view.resultCount.getText()).isEqualTo("0 estiramientos");
        var empty = _get(EmptyState.class);
        assertThat(_get(empty, H2.class).getText()).isEqualTo("Ningún estiramiento coincide con estos filtros");
        assertThat(_get(empty, Paragraph.class).getText()).isEqualTo("Prueba con menos filtros, o quítalos para ver toda la biblioteca.");
        assertThat(_get(empty, Button.class).getText()).isEqualTo("Quitar filtros");
        nothingOfOursIsLeftInEnglish(LibraryView.class);
    }

    @Test
    void theLibraryWithAFilterAndASearchWithNoResultInGerman() {
        speak(Locale.GERMAN);
        UI.getCurrent().navigate(LibraryView.class);
        var view = _get(LibraryView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Bibliothek der Dehnübungen");
        assertThat(view.resultCount.getText()).isEqualTo("46 Dehnübungen");
        assertThat(view.kind.getLabel()).isEqualTo("Art");
        assertThat(view.position.getLabel()).isEqualTo("Ausgangsposition");
        assertThat(view.position.getEmptySelectionCaption()).as("short enough for its field").isEqualTo("Jede Position");
        assertThat(view.ownership.getItemLabelGenerator().apply(app.limber.library.Ownership.ALL)).as("short enough for its field").isEqualTo("Alle");

        _setValue(view.muscles, Set.of(Muscle.CALF_SOLEUS));
        assertThat(view.resultCount.getText()).matches("\\d+ Dehnübung(en)?");

        _setValue(view.text, "zzzz no such stretch");
        var empty = _get(EmptyState.class);
        assertThat(_get(empty, H2.class).getText()).isEqualTo("Keine Dehnübung passt zu diesen Filtern");
        assertThat(_get(empty, Button.class).getText()).isEqualTo("Filter zurücksetzen");
    }

    @Test
    void aStretchsDoseIsInTheReadersLanguage() {
        assertThat(Dose.words(30, 2, true).english()).isEqualTo("Hold 30 s · 2 reps · Each side");
        assertThat(Dose.words(30, 1, false).in(Locale.of("es"))).isEqualTo("Mantén 30 s · 1 repetición");
        assertThat(Dose.words(0, 10, true).in(Locale.GERMAN)).isEqualTo("Ohne Halten · 10 Wiederholungen · Jede Seite");
    }

    @Test
    void aStretchPageWithACautionInSpanish() {
        speak(Locale.of("es"));
        open("Foam rolling for the legs");

        assertThat(_get(H1.class).getText()).as("the built-in library's content stays English").isEqualTo("Foam rolling for the legs");
        assertThat(headings()).contains("Cómo hacerlo", "Lo que deberías notar", "Compruébalo antes de empezar", "Cuándo parar");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withClasses("limber-contraindications")), ListItem.class))
                .extracting(ListItem::getText).anyMatch(caution -> caution.startsWith("Un dolor en una pantorrilla"));
        assertThat(_find(Span.class, spec -> spec.withClasses("limber-fact-label")).stream().map(Span::getText).toList())
                .contains("Músculos principales", "También trabaja", "Material", "Usar para", "Evitar si");
        assertThat(_find(Span.class, spec -> spec.withClasses("limber-fact-value")).stream().map(Span::getText).toList())
                .anyMatch(value -> value.contains("Gemelo (gastrocnemio)"))
                .anyMatch(value -> value.contains("Signos de un coágulo"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-stretch-dose")).getText()).isEqualTo("Sin mantener · 1 repetición");
        assertThat(_get(Button.class, spec -> spec.withText("Copiar a mis estiramientos")).isVisible()).isTrue();
        assertThat(_get(RouterLink.class, spec -> spec.withText("Biblioteca"))).isNotNull();
        nothingOfOursIsLeftInEnglish(StretchView.class);
    }

    @Test
    void aStretchPageWithACautionInGermanAndItsCopyArchived() {
        speak(Locale.GERMAN);
        open("Foam rolling for the legs");

        assertThat(headings()).contains("So geht's", "Was du spüren solltest", "Prüf das, bevor du anfängst", "Wann du aufhörst");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withClasses("limber-contraindications")), ListItem.class))
                .extracting(ListItem::getText).anyMatch(caution -> caution.contains("Blutgerinnsel"));

        _click(_get(Button.class, spec -> spec.withText("Zu meinen Dehnübungen kopieren")));
        expectView(StretchEditorView.class);
        assertThat(getNotifications().getLast().getElement().getProperty("text", ""))
                .isEqualTo("Als „Foam rolling for the legs (meine Kopie)“ kopiert. Pass sie an, wie du möchtest.");
    }

    @Test
    void theEditorWithARefusedFieldInSpanish() {
        speak(Locale.of("es"));
        UI.getCurrent().navigate(StretchEditorView.class);
        var editor = _get(StretchEditorView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Nuevo estiramiento");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Nuevo estiramiento · Limber");
        assertThat(editor.instructions.getLabel()).isEqualTo("Pasos (uno por línea)");
        assertThat(editor.instructions.getHelperText()).isEqualTo("Hasta 20 pasos, cada uno de 300 caracteres como máximo");
        assertThat(editor.save.getText()).isEqualTo("Guardar estiramiento");
        assertThat(editor.kind.getItemLabelGenerator().apply(app.limber.library.StretchKind.STATIC)).isEqualTo("Estático");
        assertThat(editor.figure.none.getText()).isEqualTo("Sin figura");

        _setValue(editor.hold, 900);
        _click(editor.save);

        _expectInvalid(editor.name, "Ponle un nombre al estiramiento.");
        _expectInvalid(editor.instructions, "Añade al menos un paso de instrucciones.");
        _expectInvalid(editor.hold, "Mantén entre 0 y 600 segundos.");
        _expectInvalid(editor.primaryMuscles, "Elige al menos un músculo que estire.");
        nothingOfOursIsLeftInEnglish(StretchEditorView.class);
    }

    @Test
    void theEditorWithARefusedFieldInGerman() {
        speak(Locale.GERMAN);
        UI.getCurrent().navigate(StretchEditorView.class);
        var editor = _get(StretchEditorView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Neue Dehnübung");
        assertThat(editor.primaryMuscles.getLabel()).isEqualTo("Muskeln, die sie dehnt");
        assertThat(editor.easier.getLabel()).isEqualTo("Leichtere Variante");
        assertThat(editor.figure.startFrom.getLabel()).isEqualTo("Mit der Figur einer mitgelieferten Übung beginnen");
        assertThat(editor.figure.startFrom.getWidth()).as("wide enough for its German label").isEqualTo("26rem");

        _setValue(editor.name, "Meine Wadendehnung");
        _setValue(editor.instructions, "Ferse runter.");
        _setValue(editor.primaryMuscles, Set.of(Muscle.CALF_SOLEUS));
        _setValue(editor.reps, 80);
        _click(editor.save);

        _expectInvalid(editor.reps, "Verwende 1 bis 50 Wiederholungen.");
        assertThat(editor.name.isInvalid()).isFalse();
        nothingOfOursIsLeftInEnglish(StretchEditorView.class);
    }

    @Test
    void refusalsReadTheSameInEnglishAsBeforeAndInTheReadersLanguage() {
        var tooMany = app.limber.base.Words.of("stretch-photo.full", 6);
        assertThat(tooMany.english()).isEqualTo("This stretch has 6 photos already. Remove one to add another.");
        assertThat(tooMany.in(Locale.GERMAN)).isEqualTo("Diese Dehnübung hat schon 6 Fotos. Entferne eins, um ein anderes hinzuzufügen.");
        var pose = app.limber.body.Pose.still(app.limber.body.Pose.View.SIDE, app.limber.body.Pose.Focus.NEAR, java.util.List.of(),
                new app.limber.body.Pose.Posture(0, 0, new app.limber.body.Pose.Limbs(0, 0, 0, 200, 0), app.limber.body.Pose.Limbs.RELAXED));
        assertThat(pose.problems()).containsExactly("the near knee is at 200°; a body reaches 0° to 165°.");
        assertThat(pose.problemWords().getFirst().in(Locale.of("es")))
                .isEqualTo("Fuera de alcance: la rodilla cercana está a 200°; un cuerpo llega de 0° a 165°.");
    }

    @Test
    void theBodyMapTheFiguresAndTheHydrationCardInSpanish() {
        speak(Locale.of("es"));
        UI.getCurrent().navigate(LibraryView.class);
        var map = _get(LibraryView.class).bodyMap;
        assertThat(map.getElement().getAttribute("aria-label")).isEqualTo("Mapa corporal: elige músculos");
        assertThat(map.getElement().getAttribute("words")).as("the words the browser draws the map with")
                .contains("[\"HAMSTRINGS\",\"Isquiotibiales\"]", "\"front\":\"Delante\"", "\"back\":\"Detrás\"")
                .doesNotContain("\"Front\"", "Hamstrings");

        open("Standing calf cramp release with shin contraction");
        var card = _get(AdviceCard.class);
        assertThat(_get(card, H2.class).getText()).isEqualTo("Qué beber cuando sales a correr");
        assertThat(_find(card, ListItem.class)).extracting(ListItem::getText).anyMatch(line -> line.startsWith("Antes de salir: de 4 a 8 oz"));
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("limber-advice-warning")).getText()).contains("hiponatremia");
        assertThat(_get(StretchFigure.class).getElement().getProperty("innerHTML"))
                .contains("aria-label='Standing calf cramp release with shin contraction, como figura. Trabaja Gemelo");
        assertThat(_get(BodyMap.class).getElement().getAttribute("aria-label")).startsWith("Trabaja Gemelo");
    }

    @Test
    void theHydrationCardInEveryLanguageAndEnglishOutsideAUi() {
        assertThat(hydration.card().title()).isEqualTo("Drinking around a run");
        assertThat(hydration.card(Locale.GERMAN).title()).isEqualTo("Trinken rund ums Laufen");
        assertThat(hydration.card(Locale.GERMAN).amounts()).hasSize(5).allSatisfy(line -> assertThat(line).isNotBlank());
        assertThat(hydration.cardFor(app.limber.library.Purpose.CRAMP_RELIEF, Locale.of("es")).orElseThrow().warning())
                .startsWith("No bebas mucho más de lo que pierdes.");
        assertThat(hydration.cardFor(app.limber.library.Purpose.MOBILITY, Locale.of("es"))).isEmpty();
    }

    @Test
    void aCoachsOwnStretchRefusesAPhotoInGermanAndItsUploadSpeaksGerman() {
        speak(Locale.GERMAN);
        long id = library.create(new app.limber.library.StretchDraft("Wadendehnung an der Stufe", "", java.util.List.of("Ferse senken."),
                java.util.List.of(), java.util.List.of(), app.limber.library.StretchKind.STATIC, app.limber.library.Position.STANDING,
                Set.of(), Set.of(), 30, 1, false, java.util.List.of(Muscle.CALF_SOLEUS), java.util.List.of(), "")).id();
        UI.getCurrent().navigate(StretchView.class, new RouteParameters(StretchView.ID, String.valueOf(id)));
        var page = _get(StretchView.class);

        assertThat(headings()).contains("Fotos", "Video der Übung");
        nothingOfOursIsLeftInEnglish(StretchView.class);
        assertThat(_get(Button.class, spec -> spec.withText("Bearbeiten")).isVisible()).isTrue();
        var i18n = (tools.jackson.databind.JsonNode) page.upload.getElement().getPropertyRaw("i18n");
        assertThat(i18n.get("addFiles").get("one").asString()).isEqualTo("Foto hochladen…");
        assertThat(i18n.get("dropFiles").get("one").asString()).isEqualTo("Foto hier ablegen");

        _upload(page.upload, "wade.png", "image/png", "nur Notizen, kein Bild".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.uploadMessage.getText())
                .isEqualTo("Diese Datei ist kein JPEG-, PNG- oder WebP-Foto. Wähle ein Foto in einem dieser Formate.");
    }

    /**
     * No text of the library's and the body's own (those without arguments) is shown in English on
     * this screen (the view, not the drawer around it): not as a component's text, label,
     * placeholder, helper, error or accessible name.
     */
    private static void nothingOfOursIsLeftInEnglish(Class<? extends com.vaadin.flow.component.Component> view) {
        var english = new java.util.HashSet<String>();
        for (String part : java.util.List.of("library", "body")) {
            var texts = new java.util.Properties();
            try (var in = LibraryLanguagesTest.class.getResourceAsStream("/vaadin-i18n/" + part + "/translations.properties")) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            texts.values().stream().map(String::valueOf).filter(text -> !text.contains("{")).forEach(english::add);
        }
        var shown = new java.util.ArrayList<String>();
        for (com.vaadin.flow.component.Component component : _find(_get(view), com.vaadin.flow.component.Component.class)) {
            var element = component.getElement();
            shown.add(element.getText());
            for (String property : java.util.List.of("label", "placeholder", "helperText", "errorMessage")) {
                shown.add(element.getProperty(property, ""));
            }
            for (String attribute : java.util.List.of("aria-label", "title")) {
                shown.add(element.getAttribute(attribute));
            }
        }
        assertThat(english).hasSizeGreaterThan(100);
        assertThat(shown).as("our words still in English").doesNotContainAnyElementsOf(english);
    }

    private static java.util.List<String> headings() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    private void open(String name) {
        var card = library.search(app.limber.library.LibraryFilter.NONE.withText(name), 0, 50).stream()
                .filter(found -> found.name().equals(name)).findFirst().orElseThrow();
        UI.getCurrent().navigate(StretchView.class, new RouteParameters(StretchView.ID, String.valueOf(card.id())));
    }

    /** A browser session that Vaadin started in this language; the page opens again in it. */
    private static void speak(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
