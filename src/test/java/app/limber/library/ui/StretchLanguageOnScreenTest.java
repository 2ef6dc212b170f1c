package app.limber.library.ui;

import app.limber.account.Language;
import app.limber.body.Muscle;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.Ownership;
import app.limber.library.StretchCard;
import app.limber.library.StretchDetails;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stretch's own texts carry their language where it is not the page's (WCAG 3.1.2), and the
 * editor says which language a coach's stretch is written in.
 */
class StretchLanguageOnScreenTest extends UiTest {

    @Autowired
    LibraryService library;

    @BeforeEach
    void signIn() {
        signInAsCoach();
    }

    @Test
    void aBuiltInStretchsNameIsMarkedEnglishOnAGermanPageAndNotOnAnEnglishOne() {
        UI.getCurrent().navigate(LibraryView.class);
        assertThat(cardNames()).isNotEmpty().allSatisfy(name -> assertThat(name.lang()).isNull());

        speak(Locale.GERMAN);
        UI.getCurrent().navigate(LibraryView.class);
        assertThat(cardNames()).isNotEmpty()
                .allSatisfy(name -> assertThat(name.lang()).isEqualTo("en"));

        open(builtIn("Standing wall calf stretch").id());
        assertThat(_get(H1.class).getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-stretch-summary")).getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(_get(OrderedList.class, spec -> spec.withClasses("limber-steps")).getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-stretch-dose")).getElement().getAttribute("lang"))
                .as("Limber's own words are in the page's language").isNull();
    }

    @Test
    void aStretchWrittenOnASpanishPageIsSpanishAndMarkedSoOnAnEnglishPage() {
        speak(Locale.of("es"));
        UI.getCurrent().navigate(StretchEditorView.class);
        var editor = _get(StretchEditorView.class);
        assertThat(editor.writtenIn.getLabel()).isEqualTo("Escrito en");
        assertThat(editor.writtenIn.getValue()).isEqualTo(Language.SPANISH);
        assertThat(editor.writtenIn.getItemLabelGenerator().apply(Language.GERMAN)).isEqualTo("Deutsch");

        _setValue(editor.name, "Gemelo en el escalón");
        _setValue(editor.instructions, "Sube al escalón.\nBaja los talones.");
        _setValue(editor.primaryMuscles, Set.of(Muscle.CALF_SOLEUS));
        _click(editor.save);

        expectView(StretchView.class);
        StretchCard stored = mine("Gemelo en el escalón");
        assertThat(stored.contentLanguage()).isEqualTo(Language.SPANISH);
        assertThat(jdbc.queryForObject("select content_language from stretch where id = ?", String.class, stored.id())).isEqualTo("es");
        assertThat(_get(H1.class).getElement().getAttribute("lang")).as("a Spanish stretch on a Spanish page").isNull();

        speak(Locale.ENGLISH);
        open(stored.id());
        assertThat(_get(H1.class).getElement().getAttribute("lang")).isEqualTo("es");
        assertThat(_get(OrderedList.class, spec -> spec.withClasses("limber-steps")).getElement().getAttribute("lang")).isEqualTo("es");
    }

    @Test
    void theEditorChangesTheLanguageAndACopyKeepsIt() {
        StretchDetails mine = library.create(sampleDraft("Wall calf mine"), Language.ENGLISH);
        UI.getCurrent().navigate(StretchEditorView.class, new RouteParameters(StretchView.ID, String.valueOf(mine.id())));
        var editor = _get(StretchEditorView.class);
        assertThat(editor.writtenIn.getLabel()).isEqualTo("Written in");
        assertThat(editor.writtenIn.getValue()).isEqualTo(Language.ENGLISH);

        _setValue(editor.writtenIn, Language.GERMAN);
        _click(editor.save);

        expectView(StretchView.class);
        assertThat(library.find(mine.id()).orElseThrow().contentLanguage()).isEqualTo(Language.GERMAN);
        assertThat(_get(H1.class).getElement().getAttribute("lang")).isEqualTo("de");

        _click(_get(Button.class, spec -> spec.withText("Duplicate")));
        expectView(StretchEditorView.class);
        var copy = _get(StretchEditorView.class);
        assertThat(copy.writtenIn.getValue()).as("the copy, on an English page").isEqualTo(Language.GERMAN);
        assertThat(mine("Wall calf mine (my copy)").contentLanguage()).isEqualTo(Language.GERMAN);
    }

    @Test
    void theWrittenInLabelInGerman() {
        speak(Locale.GERMAN);
        UI.getCurrent().navigate(StretchEditorView.class);
        var editor = _get(StretchEditorView.class);
        assertThat(editor.writtenIn.getLabel()).isEqualTo("Geschrieben auf");
        assertThat(editor.writtenIn.getValue()).isEqualTo(Language.GERMAN);
        assertThat(editor.writtenIn.getItemLabelGenerator().apply(Language.SPANISH)).isEqualTo("Español");
    }

    private static app.limber.library.StretchDraft sampleDraft(String name) {
        return new app.limber.library.StretchDraft(name, "A calf stretch.", List.of("Do it."), List.of(), List.of(),
                app.limber.library.StretchKind.STATIC, app.limber.library.Position.STANDING, Set.of(), Set.of(),
                30, 1, false, List.of(Muscle.CALF_SOLEUS), List.of(), "");
    }

    /** The names on the library's cards, as {@link LibraryView}'s list renders them on this page. */
    private List<ShownCard> cardNames() {
        return library.search(LibraryFilter.NONE.withOwnership(Ownership.BUILT_IN), 0, 10).stream().map(ShownCard::new).toList();
    }

    private StretchCard builtIn(String name) {
        return library.search(LibraryFilter.NONE.withText(name).withOwnership(Ownership.BUILT_IN), 0, 50).stream()
                .filter(card -> card.name().equals(name)).findFirst().orElseThrow();
    }

    private StretchCard mine(String name) {
        return library.search(LibraryFilter.NONE.withOwnership(Ownership.MINE), 0, 50).stream()
                .filter(card -> card.name().equals(name)).findFirst().orElseThrow();
    }

    private static void open(long id) {
        UI.getCurrent().navigate(StretchView.class, new RouteParameters(StretchView.ID, String.valueOf(id)));
    }

    private static void speak(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
