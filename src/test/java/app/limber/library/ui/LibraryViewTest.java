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
        assertThat(view.bodyMap.getElement().getAttribute("words")).as("the regions' names the browser draws")
                .contains("[\"PIRIFORMIS\",\"Piriformis (deep buttock)\"]", "[\"HIP_ABDUCTORS\",\"Hip abductors (outer hip)\"]",
                        "[\"OBLIQUES\",\"Obliques (waist)\"]");

        _fireDomEvent(view.bodyMap.getElement(), toggle(Muscle.PIRIFORMIS.name()));
        assertThat(view.muscles.getValue()).containsExactly(Muscle.PIRIFORMIS);
        assertThat(shown()).extracting(StretchCard::name).containsExactlyInAnyOrder("Lying figure-four glute stretch", "Lying pigeon stretch");

        _fireDomEvent(view.bodyMap.getElement(), toggle(Muscle.OBLIQUES.name()));
        _fireDomEvent(view.bodyMap.getElement(), toggle(Muscle.HIP_ABDUCTORS.name()));
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
    void togglingBodyMapRegionsChoosesMusclesAndTheServerKeepsTheChoice() {
        _fireDomEvent(view.bodyMap.getElement(), toggle(Muscle.GLUTES.name()));

        assertThat(view.muscles.getValue()).containsExactly(Muscle.GLUTES);
        assertThat(view.bodyMap.getSelected()).containsExactly(Muscle.GLUTES);
        assertThat(shown()).isNotEmpty().allSatisfy(card -> assertThat(worked(card)).contains(Muscle.GLUTES));

        _fireDomEvent(view.bodyMap.getElement(), toggle(Muscle.NECK.name()));
        assertThat(view.muscles.getValue()).containsExactlyInAnyOrder(Muscle.GLUTES, Muscle.NECK);
        assertThat(view.bodyMap.getElement().getAttribute("selected")).isEqualTo("GLUTES NECK");

        _fireDomEvent(view.bodyMap.getElement(), toggle(Muscle.GLUTES.name()));
        assertThat(view.muscles.getValue()).containsExactly(Muscle.NECK);
        assertThat(view.bodyMap.getElement().getAttribute("selected")).isEqualTo("NECK");

        // a forged event: a muscle there is not, or no muscle at all, changes nothing
        _fireDomEvent(view.bodyMap.getElement(), toggle("BICEPS"));
        _fireDomEvent(view.bodyMap.getElement(), toggle("<img src=x onerror=alert(1)>"));
        _fireDomEvent(view.bodyMap.getElement(), new DomEvent(view.bodyMap.getElement(), BodyMapPicker.TOGGLE_EVENT,
                JsonNodeFactory.instance.objectNode()));
        assertThat(view.bodyMap.getSelected()).containsExactly(Muscle.NECK);
        assertThat(view.bodyMap.getElement().getAttribute("selected")).isEqualTo("NECK");
        assertThat(view.filter().muscles()).containsExactly(Muscle.NECK);
    }

    @Test
    void aToggleSendsTheBrowserOnlyTheMusclesChosenNotTheMapAgain() {
        var tree = UI.getCurrent().getInternals().getStateTree();
        tree.collectChanges(change -> { });
        var mapNode = view.bodyMap.getElement().getNode();

        _fireDomEvent(view.bodyMap.getElement(), toggle(Muscle.HAMSTRINGS.name()));

        List<String> sent = new java.util.ArrayList<>();
        tree.collectChanges(change -> {
            if (change.getNode() == mapNode) {
                sent.add(change instanceof com.vaadin.flow.internal.change.MapPutChange put
                        ? put.getKey() + "=" + put.getValue() : change.toString());
            }
        });
        assertThat(sent).as("what the toggle's answer says about the map").containsExactly("selected=HAMSTRINGS");
        assertThat(view.bodyMap.getElement().getAttributeNames().toList())
                .as("what the map keeps in the UI's state: no drawing, only the words and the choice")
                .containsExactlyInAnyOrder("class", "role", "aria-label", "words", "selected");
        assertThat(view.bodyMap.getElement().getPropertyNames().toList()).isEmpty();
        assertThat(view.bodyMap.getElement().getAttribute("words")).doesNotContain("<", "data-muscle");
    }

    @Test
    void theMapNamesEveryMuscleInTheOrderOfTheMuscleListForTheArrowKeys() {
        var words = tools.jackson.databind.json.JsonMapper.shared().readTree(view.bodyMap.getElement().getAttribute("words"));

        assertThat(words.path("front").asString()).isEqualTo("Front");
        assertThat(words.path("back").asString()).isEqualTo("Back");
        assertThat(words.path("muscles").valueStream().map(pair -> pair.get(0).asString()).toList())
                .containsExactlyElementsOf(java.util.Arrays.stream(Muscle.values()).map(Muscle::name).toList());
        assertThat(words.path("muscles").valueStream().map(pair -> pair.get(1).asString()).toList())
                .containsExactlyElementsOf(java.util.Arrays.stream(Muscle.values()).map(Muscle::label).toList());
        assertThat(view.bodyMap.getElement().getAttribute("aria-label")).isEqualTo("Body map: choose muscles");
        assertThat(view.bodyMap.getElement().getAttribute("role")).isEqualTo("group");
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

    private DomEvent toggle(String muscle) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(BodyMapPicker.TOGGLED_MUSCLE, muscle);
        return new DomEvent(view.bodyMap.getElement(), BodyMapPicker.TOGGLE_EVENT, data);
    }
}
