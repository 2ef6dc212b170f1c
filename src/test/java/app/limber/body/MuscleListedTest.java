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
}
