package app.limber.body;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class BodyFigureTest {

    @Test
    void everyMuscleOfTheTaxonomyIsDrawnSoEveryOneCanBeChosen() {
        assertThat(BodyFigure.drawnMuscles()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Muscle.class));
    }

    @Test
    void aPictureHasNoButtonsAndTintsByIntensity() {
        String svg = BodyFigure.svg(Map.of(Muscle.HAMSTRINGS, 1.0, Muscle.GLUTES, 0.5), false);

        assertThat(svg).doesNotContain("role='button'", "tabindex");
        assertThat(svg).contains("data-muscle='HAMSTRINGS' class='muscle selected'");
        assertThat(svg).contains("data-muscle='GLUTES' class='muscle worked' style='fill-opacity:0.55'");
        assertThat(svg).contains("data-muscle='CALF_SOLEUS' class='muscle'>");
    }

    @Test
    void aPickerHasOneTabStopPerMuscleEvenWhereAMuscleIsDrawnOnBothFigures() {
        String svg = BodyFigure.svg(Map.of(Muscle.NECK, 1.0), true);

        long tabStops = Pattern.compile("tabindex='0'").matcher(svg).results().count();
        assertThat(tabStops).isEqualTo(Muscle.values().length);
        assertThat(svg).contains("data-muscle='NECK' class='muscle selected' role='button' aria-pressed='true' aria-label='Neck'");
        assertThat(svg).contains("aria-label='IT band / outer thigh'");
    }

    @Test
    void drawingTheSameIntensitiesTwiceGivesTheSameMarkup() {
        Map<Muscle, Double> intensity = Map.of(Muscle.QUADRICEPS, 0.3);
        assertThat(BodyFigure.svg(intensity, false)).isEqualTo(BodyFigure.svg(intensity, false));
    }
}
