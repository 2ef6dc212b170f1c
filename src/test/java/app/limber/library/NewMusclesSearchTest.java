package app.limber.library;

import app.limber.account.AccountService;
import app.limber.body.Muscle;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's new muscles as a coach finds them: by the muscle's own word, its typo, or the
 * complaint that means it, and on the body map (the filter by muscle).
 */
class NewMusclesSearchTest extends LimberTest {

    @Autowired
    LibraryService library;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void aCoachSignedIn() {
        accounts.signUpCoach(LibraryServiceTest.CASEY);
        authenticateAs(LibraryServiceTest.CASEY.email());
    }

    @Test
    void piriformisFindsTheFigureFourAndPigeonFirst() {
        List<String> found = names("piriformis");
        assertThat(found.getFirst()).isEqualTo("Lying figure-four glute stretch");
        assertThat(found).contains("Lying pigeon stretch");
        assertThat(names("pirifomis")).as("with a typo").contains("Lying figure-four glute stretch", "Lying pigeon stretch");
        assertThat(names("deep buttock pain")).contains("Lying figure-four glute stretch", "Lying pigeon stretch");
    }

    @Test
    void abductorsFindTheSideToSideDrillsAndTheItBandStretch() {
        assertThat(names("abductors")).contains("Leg swings, side to side", "Lateral shuffles", "Standing IT band stretch")
                .doesNotContain("Seated butterfly groin stretch");
        assertThat(names("outer hip pain")).contains("Leg swings, side to side", "Lateral shuffles");
    }

    @Test
    void obliquesFindTheTwistsAndTheSideLean() {
        assertThat(names("obliques")).startsWith("Gentle torso twists").contains("Overhead reach with side lean");
        assertThat(names("trunk rotation")).contains("Gentle torso twists");
    }

    @Test
    void toesFindTheFootAndToeCrampRelease() {
        assertThat(names("toes")).contains("Foot and toe cramp release");
        assertThat(names("arch pain")).contains("Foot and toe cramp release");
        assertThat(names("arch")).as("the foot's old name still finds it").contains("Foot and toe cramp release");
    }

    @Test
    void theBodyMapsNewAreasFilterTheLibrary() {
        assertThat(namesOf(library.search(LibraryFilter.NONE.withMuscles(Set.of(Muscle.PIRIFORMIS)), 0, 100)))
                .containsExactlyInAnyOrder("Lying figure-four glute stretch", "Lying pigeon stretch");
        assertThat(namesOf(library.search(LibraryFilter.NONE.withMuscles(Set.of(Muscle.HIP_ABDUCTORS)), 0, 100)))
                .containsExactlyInAnyOrder("Leg swings, side to side", "Lateral shuffles", "Standing IT band stretch");
        assertThat(namesOf(library.search(LibraryFilter.NONE.withMuscles(Set.of(Muscle.OBLIQUES)), 0, 100)))
                .containsExactlyInAnyOrder("Gentle torso twists", "Overhead reach with side lean");
    }

    private List<String> names(String text) {
        return namesOf(library.search(LibraryFilter.NONE.withText(text), 0, 200));
    }

    private static List<String> namesOf(List<StretchCard> cards) {
        return cards.stream().map(StretchCard::name).toList();
    }
}
