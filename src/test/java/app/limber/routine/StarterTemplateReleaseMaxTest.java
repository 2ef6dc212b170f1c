package app.limber.routine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A starter template's step held until it releases keeps to the editor's range for its maximum,
 * 30 s to 5 min: a template outside it is refused as it is read (the start fails, naming it),
 * so no coach gets a routine from it that the editor would not allow.
 */
class StarterTemplateReleaseMaxTest {

    @Test
    void aReleaseMaximumOutside30To300SecondsIsRefused() {
        assertThatThrownBy(() -> step(29)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The template step of standing-knee-bend-calf-stretch holds until it releases for at most 29 s;"
                        + " it must be 30 to 300 s");
        assertThatThrownBy(() -> step(301)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("301 s");
        assertThatThrownBy(() -> step(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEdgesAndNoMaximumAreAllowed() {
        assertThatNoException().isThrownBy(() -> step(30));
        assertThatNoException().isThrownBy(() -> step(300));
        assertThatNoException().isThrownBy(() -> step(null));
        assertThat(new StarterTemplates().all()).as("the shipped templates read").isNotEmpty();
    }

    private static StarterTemplates.TemplateStep step(Integer releaseMax) {
        return new StarterTemplates.TemplateStep("standing-knee-bend-calf-stretch", null, 1, null, null, null, true, releaseMax);
    }
}
