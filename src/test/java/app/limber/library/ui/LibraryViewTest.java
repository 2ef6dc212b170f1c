package app.limber.library.ui;

import app.limber.body.ui.BodyMapPicker;
import app.limber.library.Contraindication;
import app.limber.library.LibraryFilter;
import app.limber.body.Muscle;
import app.limber.library.Ownership;
import app.limber.library.Position;
import app.limber.library.Purpose;
import app.limber.library.StretchCard;
import app.limber.library.StretchKind;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static org.assertj.core.api.Assertions.assertThat;

class LibraryViewTest extends UiTest {

    private LibraryView view;

    @BeforeEach
    void openTheLibrary() {
        signInAsCoach();
        UI.getCurrent().navigate(LibraryView.class);
        view = _get(LibraryView.class);
    }

    @Test
    void showsTheWholeBuiltInLibraryWithItsCount() {
        List<StretchCard> shown = shown();

        assertThat(shown).hasSize(46);
        assertThat(view.resultCount.getText()).isEqualTo("46 stretches");
        assertThat(shown).extracting(card -> card.name().toLowerCase()).isSorted();
        assertThat(view.clearFilters.isEnabled()).isFalse();
    }

    @Test
    void filtersNarrowTheListAndCombine() {
        _setValue(view.muscles, Set.of(Muscle.HAMSTRINGS));
        List<StretchCard> hamstrings = shown();
        assertThat(hamstrings).isNotEmpty().hasSizeLessThan(46);

        _setValue(view.kind, StretchKind.STATIC);
        _setValue(view.position, Position.SEATED);
        List<StretchCard> seatedStatic = shown();

        assertThat(seatedStatic).isNotEmpty().hasSizeLessThan(hamstrings.size()).allSatisfy(card -> {
            assertThat(card.kind()).isEqualTo(StretchKind.STATIC);
            assertThat(card.position()).isEqualTo(Position.SEATED);
        });
        assertThat(view.resultCount.getText()).isEqualTo(seatedStatic.size() + (seatedStatic.size() == 1 ? " stretch" : " stretches"));
        assertThat(view.clearFilters.isEnabled()).isTrue();
    }

    @Test
    void theFilterGoesIntoTheAddressAndComesBackFromIt() {
        _setValue(view.text, "calf");
        _setValue(view.purpose, Purpose.CRAMP_RELIEF);
        _setValue(view.muscles, Set.of(Muscle.CALF_SOLEUS, Muscle.SHIN));

        // the browser's address is replaced (no new history entry) with the filter
        String address = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(invocation -> invocation.getInvocation().getExpression().contains("replace: true"))
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream())
                .map(String::valueOf).filter(parameter -> parameter.contains("library")).reduce((first, last) -> last)
                .orElseThrow();
        assertThat(address).contains("library?").contains("q=calf", "purpose=cramp-relief", "muscle=calf-soleus", "muscle=shin");

        // a fresh visit to the bookmarked address shows the same filtered library
        UI.getCurrent().navigate("library", QueryParameters.full(Map.of("q", new String[]{"calf"},
                "purpose", new String[]{"cramp-relief"}, "muscle", new String[]{"calf-soleus", "shin"}, "kind", new String[]{"no-such-kind"})));
        LibraryView reopened = _get(LibraryView.class);
        assertThat(reopened.text.getValue()).isEqualTo("calf");
        assertThat(reopened.purpose.getValue()).isEqualTo(Purpose.CRAMP_RELIEF);
        assertThat(reopened.muscles.getValue()).containsExactlyInAnyOrder(Muscle.CALF_SOLEUS, Muscle.SHIN);
        assertThat(reopened.kind.getValue()).as("an unknown value is ignored").isNull();
        assertThat(reopened.bodyMap.getSelected()).containsExactlyInAnyOrder(Muscle.CALF_SOLEUS, Muscle.SHIN);
        assertThat(reopened.filter()).isEqualTo(new LibraryFilter("calf", Set.of(Muscle.CALF_SOLEUS, Muscle.SHIN),
                Purpose.CRAMP_RELIEF, null, null, null, Ownership.ALL));
    }

    @Test
    void theBodyMapsNewAreasPiriformisHipAbductorsAndObliquesFilterTheLibrary() {
        String map = view.bodyMap.getElement().getProperty("innerHTML", "");
        assertThat(map).contains("aria-label='Piriformis (deep buttock)'", "aria-label='Hip abductors (outer hip)'",
                "aria-label='Obliques (waist)'");

        _fireDomEvent(view.bodyMap.getElement(), pick("click", Muscle.PIRIFORMIS));
        assertThat(view.muscles.getValue()).containsExactly(Muscle.PIRIFORMIS);
        assertThat(shown()).extracting(StretchCard::name).containsExactlyInAnyOrder("Lying figure-four glute stretch", "Lying pigeon stretch");

        _fireDomEvent(view.bodyMap.getElement(), pick("keydown", Muscle.OBLIQUES));
        _fireDomEvent(view.bodyMap.getElement(), pick("click", Muscle.HIP_ABDUCTORS));
        assertThat(view.bodyMap.getSelected()).containsExactlyInAnyOrder(Muscle.PIRIFORMIS, Muscle.OBLIQUES, Muscle.HIP_ABDUCTORS);
        assertThat(shown()).extracting(StretchCard::name).contains("Gentle torso twists", "Lateral shuffles", "Leg swings, side to side");
    }

    @Test
    void avoidIfLeavesOutTheStretchesThatCarryAChosenCautionAndGoesIntoTheAddress() {
        _setValue(view.avoid, Set.of(Contraindication.HIGH_BLOOD_PRESSURE));

        assertThat(shown()).extracting(StretchCard::name).doesNotContain("Downward dog", "Child's pose").hasSizeLessThan(46);
        int withoutHeadDown = shown().size();
        _setValue(view.avoid, Set.of(Contraindication.HIGH_BLOOD_PRESSURE, Contraindication.PREGNANCY));
        _setValue(view.muscles, Set.of(Muscle.HAMSTRINGS));
        assertThat(shown()).isNotEmpty().hasSizeLessThan(withoutHeadDown).extracting(StretchCard::name)
                .doesNotContain("Lying hamstring stretch with band", "Wall hamstring stretch", "Downward dog")
                .contains("Towel hamstring stretch");
        assertThat(view.clearFilters.isEnabled()).isTrue();

        UI.getCurrent().navigate("library", QueryParameters.full(Map.of("avoid", new String[]{"high-blood-pressure", "no-such-thing"})));
        LibraryView reopened = _get(LibraryView.class);
        assertThat(reopened.avoid.getValue()).containsExactly(Contraindication.HIGH_BLOOD_PRESSURE);
        assertThat(reopened.filter().avoid()).containsExactly(Contraindication.HIGH_BLOOD_PRESSURE);
        _click(reopened.clearFilters);
        assertThat(reopened.avoid.getValue()).isEmpty();
    }

    @Test
    void clickingAndKeyingBodyMapRegionsTogglesMuscles() {
        _fireDomEvent(view.bodyMap.getElement(), pick("click", Muscle.GLUTES));

        assertThat(view.muscles.getValue()).containsExactly(Muscle.GLUTES);
        assertThat(view.bodyMap.getSelected()).containsExactly(Muscle.GLUTES);
        assertThat(shown()).isNotEmpty().allSatisfy(card -> assertThat(worked(card)).contains(Muscle.GLUTES));

        _fireDomEvent(view.bodyMap.getElement(), pick("keydown", Muscle.NECK));
        assertThat(view.muscles.getValue()).containsExactlyInAnyOrder(Muscle.GLUTES, Muscle.NECK);

        _fireDomEvent(view.bodyMap.getElement(), pick("click", Muscle.GLUTES));
        assertThat(view.muscles.getValue()).containsExactly(Muscle.NECK);
        assertThat(view.bodyMap.getElement().getProperty("innerHTML", ""))
                .contains("data-muscle='NECK' class='muscle selected'")
                .contains("data-muscle='GLUTES' class='muscle'");
    }

    @Test
    void theBodyMapIsOneTabStopThatTheArrowKeysMoveAndEnterTogglesWhereItIs() {
        String map = view.bodyMap.getElement().getProperty("innerHTML", "");
        assertThat(java.util.regex.Pattern.compile("tabindex='0'").matcher(map).results().count()).isEqualTo(1);
        assertThat(map).contains("data-muscle='" + Muscle.values()[0].name() + "' class='muscle' role='button' aria-pressed='false' aria-label='"
                + Muscle.values()[0].label() + "' tabindex='0'");

        _fireDomEvent(view.bodyMap.getElement(), move("ArrowRight"));
        _fireDomEvent(view.bodyMap.getElement(), move("ArrowRight"));
        assertThat(view.bodyMap.current()).isEqualTo(Muscle.values()[2]);
        assertThat(view.bodyMap.getElement().getProperty("innerHTML", ""))
                .contains("aria-label='" + Muscle.values()[2].label() + "' tabindex='0'")
                .contains("aria-label='" + Muscle.values()[0].label() + "' tabindex='-1'");
        assertThat(view.muscles.getValue()).as("moving chooses nothing").isEmpty();

        _fireDomEvent(view.bodyMap.getElement(), move("ArrowLeft"));
        assertThat(view.bodyMap.current()).isEqualTo(Muscle.values()[1]);
        _fireDomEvent(view.bodyMap.getElement(), move("ArrowUp"));
        _fireDomEvent(view.bodyMap.getElement(), move("ArrowUp"));
        assertThat(view.bodyMap.current()).as("round from the first to the last").isEqualTo(Muscle.values()[Muscle.values().length - 1]);
        _fireDomEvent(view.bodyMap.getElement(), move("Home"));
        assertThat(view.bodyMap.current()).isEqualTo(Muscle.values()[0]);
        _fireDomEvent(view.bodyMap.getElement(), move("End"));
        assertThat(view.bodyMap.current()).isEqualTo(Muscle.values()[Muscle.values().length - 1]);

        _fireDomEvent(view.bodyMap.getElement(), pick("keydown", view.bodyMap.current()));
        assertThat(view.muscles.getValue()).containsExactly(Muscle.values()[Muscle.values().length - 1]);
    }

    @Test
    void choosingMusclesInTheListHighlightsThemOnTheMap() {
        _setValue(view.muscles, Set.of(Muscle.QUADRICEPS));

        assertThat(view.bodyMap.getSelected()).containsExactly(Muscle.QUADRICEPS);
    }

    @Test
    void noMatchOffersToClearTheFilters() {
        _setValue(view.text, "zebra");

        assertThat(shown()).isEmpty();
        assertThat(view.resultCount.getText()).isEqualTo("0 stretches");
        assertThat(_get(H2.class, spec -> spec.withText("No stretches match these filters")).isVisible()).isTrue();

        _click(view.clearFiltersWhenEmpty);

        assertThat(view.text.getValue()).isEmpty();
        assertThat(shown()).hasSize(46);
    }

    @Test
    void aTypoOrACoachsPhraseFindsWhatItMeans() {
        _setValue(view.text, "hamstrng");

        assertThat(shown()).extracting(StretchCard::name).contains("Towel hamstring stretch", "Wall hamstring stretch");
        assertThat(shown().getFirst().name().toLowerCase()).as("a name match first").contains("hamstring");
        assertThat(view.resultCount.getText()).isEqualTo(shown().size() + " stretches");

        _setValue(view.text, "calf cramp");

        assertThat(shown()).extracting(StretchCard::name).contains("Standing knee bend for a calf cramp")
                .doesNotContain("Towel hamstring stretch");
        assertThat(shown()).allSatisfy(card -> assertThat(card.primaryMuscles())
                .containsAnyOf(Muscle.CALF_GASTROCNEMIUS, Muscle.CALF_SOLEUS));
    }

    @Test
    void aSpaceTypedAtTheEndOfTheSearchStays() {
        _setValue(view.text, "calf ");

        assertThat(view.text.getValue()).isEqualTo("calf ");
        assertThat(view.filter().text()).isEqualTo("calf");
        _setValue(view.text, "calf wall");
        assertThat(shown()).extracting(StretchCard::name).contains("Standing wall calf stretch");
    }

    @Test
    void showsOnlyMineWhenAsked() {
        _setValue(view.ownership, Ownership.MINE);

        assertThat(shown()).isEmpty();
        assertThat(view.resultCount.getText()).isEqualTo("0 stretches");
    }

    @Test
    void anAddressWithANulInTheSearchShowsTheLibraryNotADatabaseError() {
        UI.getCurrent().navigate("library", QueryParameters.full(Map.of("q", new String[]{"\u0000"})));
        view = _get(LibraryView.class);

        assertThat(shown()).hasSize(view.list.getDataProvider().size(new Query<>())).isNotEmpty();
    }

    private List<StretchCard> shown() {
        return view.list.getDataProvider().fetch(new Query<>(0, 1000, null, null, null)).toList();
    }

    private static Set<Muscle> worked(StretchCard card) {
        var all = new java.util.HashSet<>(card.primaryMuscles());
        all.addAll(card.secondaryMuscles());
        return all;
    }

    private DomEvent move(String key) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(BodyMapPicker.MOVE_KEY, true);
        data.put(BodyMapPicker.KEY, key);
        return new DomEvent(view.bodyMap.getElement(), "keydown", data);
    }

    private DomEvent pick(String type, Muscle muscle) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(BodyMapPicker.MUSCLE_OF_TARGET, muscle.name());
        if (type.equals("keydown")) {
            data.put(BodyMapPicker.PRESS_KEY, true);
        }
        return new DomEvent(view.bodyMap.getElement(), type, data);
    }
}
