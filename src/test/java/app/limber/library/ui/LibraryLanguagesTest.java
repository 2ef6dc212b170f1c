package app.limber.library.ui;

import app.limber.body.Muscle;
import app.limber.base.ui.EmptyState;
import app.limber.support.UiTest;
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

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The library, a stretch's page and the stretch editor in Spanish and in German. */
class LibraryLanguagesTest extends UiTest {

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

        _setValue(view.text, "zzzz no such stretch");
        assertThat(view.resultCount.getText()).isEqualTo("0 estiramientos");
        var empty = _get(EmptyState.class);
        assertThat(_get(empty, H2.class).getText()).isEqualTo("Ningún estiramiento coincide con estos filtros");
        assertThat(_get(empty, Paragraph.class).getText()).isEqualTo("Prueba con menos filtros, o quítalos para ver toda la biblioteca.");
        assertThat(_get(empty, Button.class).getText()).isEqualTo("Quitar filtros");
    }

    @Test
    void theLibraryWithAFilterAndASearchWithNoResultInGerman() {
        speak(Locale.GERMAN);
        UI.getCurrent().navigate(LibraryView.class);
        var view = _get(LibraryView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Dehnübungen-Bibliothek");
        assertThat(view.resultCount.getText()).isEqualTo("46 Dehnübungen");
        assertThat(view.kind.getLabel()).isEqualTo("Art");
        assertThat(view.position.getLabel()).isEqualTo("Ausgangsposition");

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

    /** A browser session that Vaadin started in this language; the page opens again in it. */
    private static void speak(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
