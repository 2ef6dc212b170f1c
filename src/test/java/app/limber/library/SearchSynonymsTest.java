package app.limber.library;

import app.limber.body.Muscle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a search is read into phrases with a meaning and other words (no database). */
class SearchSynonymsTest {

    static final SearchSynonyms SYNONYMS = new SearchSynonyms();

    @Test
    void aPhraseIsFoundWhateverTheCaseApostrophesPunctuationAndPlural() {
        for (String text : List.of("runner's knee", "Runners KNEE", "runner’s knee!", "  runners   knees ")) {
            SearchTerms terms = SYNONYMS.read(text);

            assertThat(terms.words()).as(text).isEmpty();
            assertThat(terms.meanings()).as(text).singleElement()
                    .satisfies(meaning -> assertThat(meaning.muscles()).contains(Muscle.QUADRICEPS, Muscle.IT_BAND));
        }
        assertThat(SYNONYMS.read("warm-up").meanings()).singleElement()
                .satisfies(meaning -> assertThat(meaning.purposes()).containsExactly(Purpose.PRE_RUN));
    }

    @Test
    void theLongestPhraseWinsAndTheRestAreWords() {
        SearchTerms terms = SYNONYMS.read("calf cramp seated (band)");

        assertThat(terms.meanings()).singleElement().satisfies(meaning -> {
            assertThat(meaning.typed()).containsExactly("calf", "cramp");
            assertThat(meaning.muscles()).containsExactlyInAnyOrder(Muscle.CALF_GASTROCNEMIUS, Muscle.CALF_SOLEUS);
            assertThat(meaning.purposes()).containsExactly(Purpose.CRAMP_RELIEF);
        });
        assertThat(terms.words()).containsExactly("seated", "band");
    }

    @Test
    void aPhraseIsMadeOfWholeWords() {
        assertThat(SYNONYMS.read("quadsx").meanings()).isEmpty();
        assertThat(SYNONYMS.read("xquads").meanings()).isEmpty();
        assertThat(SYNONYMS.read("shin-splints").meanings()).as("one typed word holding the whole phrase").hasSize(1);
        assertThat(SYNONYMS.read("tight hip-flexor").meanings()).as("hip flexor").singleElement()
                .satisfies(meaning -> assertThat(meaning.muscles()).containsExactly(Muscle.HIP_FLEXORS));
        SearchTerms inside = SYNONYMS.read("tight hips-x");
        assertThat(inside.meanings()).as("a phrase may not end inside a typed word").isEmpty();
        assertThat(inside.words()).containsExactly("hips-x");
    }

    @Test
    void wordsThatNarrowNothingAreDroppedUnlessTheyAreAllThereIs() {
        assertThat(SYNONYMS.read("stretches for tight hamstrings").words()).containsExactly("hamstrings");
        assertThat(SYNONYMS.read("stretch").words()).containsExactly("stretch");
        assertThat(SYNONYMS.read("%").words()).as("only punctuation stays as typed").containsExactly("%");
        assertThat(SYNONYMS.read("\u0000 \u0007").isEmpty()).isTrue();
    }

    @Test
    void aVeryLongSearchKeepsItsFirstTerms() {
        SearchTerms terms = SYNONYMS.read("tight hips " + "calf ".repeat(3) + String.join(" ", java.util.Collections.nCopies(500, "x")));

        assertThat(terms.meanings()).hasSize(1);
        assertThat(terms.words()).as("repeats count once").containsExactly("calf", "x");
    }

    @Test
    void theDataFileNamesEveryPhraseOnceWithAMeaning() {
        var file = SearchSynonyms.read();

        assertThat(file.meanings()).hasSizeGreaterThan(20);
        assertThatThrownBy(() -> new SearchSynonyms(new SearchSynonyms.SynonymFile(1,
                List.of(new SearchSynonyms.Entry(List.of("tight hips", "Tight hip"), List.of(Muscle.GLUTES), List.of())), List.of())))
                .hasMessageContaining("given twice");
        assertThatThrownBy(() -> new SearchSynonyms(new SearchSynonyms.SynonymFile(1,
                List.of(new SearchSynonyms.Entry(List.of("nothing"), List.of(), null)), List.of())))
                .hasMessageContaining("no muscles and no purposes");
        assertThat(new SearchSynonyms(new SearchSynonyms.SynonymFile(1,
                List.of(new SearchSynonyms.Entry(List.of("tight hips"), List.of(Muscle.GLUTES), List.of())), List.of("my")))
                .read("my tight hips").meanings()).singleElement()
                .satisfies(meaning -> assertThat(meaning.muscles()).isEqualTo(Set.of(Muscle.GLUTES)));
    }
}
