package app.limber.body;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one way muscle lists are written, on cards, step lists, the player, history and handouts. */
class MuscleListedTest {

    @Test
    void musclesAreListedInTheGivenOrderWithWhatAStretchAlsoWorksAfterASemicolon() {
        assertThat(Muscle.listed(List.of(Muscle.CALF_SOLEUS, Muscle.SHIN))).isEqualTo("Calf (soleus), Shin (tibialis anterior)");
        assertThat(Muscle.listed(List.of())).isEmpty();
        assertThat(Muscle.listed(List.of(Muscle.CALF_SOLEUS), List.of(Muscle.CALF_GASTROCNEMIUS)))
                .isEqualTo("Calf (soleus); also Calf (gastrocnemius)");
        assertThat(Muscle.listed(List.of(), List.of(Muscle.SHIN))).isEqualTo("Shin (tibialis anterior)");
        assertThat(Muscle.listed(List.of(Muscle.SHIN), List.of())).isEqualTo("Shin (tibialis anterior)");
    }

    @Test
    void theSameListsAsWordsAreShownInTheReadersLanguage() {
        var listed = Muscle.listedInWords(List.of(Muscle.CALF_SOLEUS, Muscle.SHIN));
        assertThat(listed.english()).isEqualTo("Calf (soleus), Shin (tibialis anterior)");
        assertThat(listed.in(java.util.Locale.GERMAN)).isEqualTo("Wade (Soleus), Schienbein (Tibialis anterior)");
        var also = Muscle.listedInWords(List.of(Muscle.CALF_SOLEUS), List.of(Muscle.CALF_GASTROCNEMIUS));
        assertThat(also.key()).isEqualTo("muscles.also");
        assertThat(also.english()).isEqualTo(Muscle.listed(List.of(Muscle.CALF_SOLEUS), List.of(Muscle.CALF_GASTROCNEMIUS)));
        assertThat(also.in(java.util.Locale.of("es"))).isEqualTo("Gemelo (sóleo); también Gemelo (gastrocnemio)");
        assertThat(Muscle.listedInWords(List.of(), List.of(Muscle.SHIN)).english()).isEqualTo("Shin (tibialis anterior)");
        assertThat(Muscle.listedInWords(List.of()).english()).isEqualTo("No muscles");
    }
}
