package app.limber.body;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class BodyFigureTest {

    @Test
    void everyMuscleOfTheTaxonomyIsDrawnSoEveryOneCanBeChosen() {
        assertThat(BodyFigure.drawnMuscles()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Muscle.class));
    }

    @Test
    void theNewMusclesAreWhereAnatomySaysObliquesInFrontPiriformisAndHipAbductorsBehind() {
        String svg = BodyFigure.svg(Map.of(), true);
        int back = svg.indexOf("data-muscle='NECK'", svg.indexOf("data-muscle='NECK'") + 1);

        assertThat(Pattern.compile("data-muscle='OBLIQUES'").matcher(svg).results().count()).isEqualTo(1);
        assertThat(svg.indexOf("data-muscle='OBLIQUES'")).as("on the front figure").isLessThan(back);
        for (String muscle : List.of("PIRIFORMIS", "HIP_ABDUCTORS")) {
            assertThat(Pattern.compile("data-muscle='" + muscle + "'").matcher(svg).results().count()).as(muscle).isEqualTo(1);
            assertThat(svg.indexOf("data-muscle='" + muscle + "'")).as(muscle + " on the back figure").isGreaterThan(back);
        }
        assertThat(svg).contains("aria-label='Piriformis (deep buttock)'", "aria-label='Hip abductors (outer hip)'",
                "aria-label='Obliques (waist)'", "aria-label='Foot and toes'");
        String touch = BodyFigure.touchSvg(Map.of());
        assertThat(BodyFigure.touchTargets()).filteredOn(target -> target.muscle() == Muscle.OBLIQUES).hasSize(2)
                .allSatisfy(target -> assertThat(target.x()).as("front").isLessThan(BodyFigure.TOUCH_WIDTH / 2));
        assertThat(BodyFigure.touchTargets()).filteredOn(target -> target.muscle() == Muscle.PIRIFORMIS
                        || target.muscle() == Muscle.HIP_ABDUCTORS).hasSize(4)
                .allSatisfy(target -> assertThat(target.x()).as("back").isGreaterThan(BodyFigure.TOUCH_WIDTH / 2));
        assertThat(touch).contains("aria-label='Piriformis (deep buttock)'");
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
    void aPickerIsOneTabStopOnTheMuscleGivenAndEveryOtherRegionIsFocusableByScript() {
        String svg = BodyFigure.svg(Map.of(Muscle.NECK, 1.0), Muscle.GLUTES);

        assertThat(Pattern.compile("tabindex='0'").matcher(svg).results().count()).isEqualTo(1);
        assertThat(Pattern.compile("role='button'").matcher(svg).results().count())
                .isEqualTo(Pattern.compile("tabindex='-1'").matcher(svg).results().count() + 1);
        assertThat(svg).contains("data-muscle='GLUTES' class='muscle' role='button' aria-pressed='false' aria-label='Glutes' tabindex='0'");
        assertThat(svg).contains("data-muscle='NECK' class='muscle selected' role='button' aria-pressed='true' aria-label='Neck' tabindex='-1'");
        assertThat(svg).contains("aria-label='IT band / outer thigh'");
        // without a muscle given, the first region drawn is the stop
        assertThat(Pattern.compile("tabindex='0'").matcher(BodyFigure.svg(Map.of(), true)).results().count()).isEqualTo(1);
    }

    @Test
    void drawingTheSameIntensitiesTwiceGivesTheSameMarkup() {
        Map<Muscle, Double> intensity = Map.of(Muscle.QUADRICEPS, 0.3);
        assertThat(BodyFigure.svg(intensity, false)).isEqualTo(BodyFigure.svg(intensity, false));
    }

    @Test
    void onTheTouchFigureEveryAreaToTapIsAFingerWideAndNoneOverlapsAnother() {
        List<BodyFigure.TouchTarget> targets = BodyFigure.touchTargets();

        assertThat(BodyFigure.touchMuscles()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Muscle.class));
        assertThat(targets).allSatisfy(target -> {
            assertThat(target.width()).as("width of %s", target).isGreaterThanOrEqualTo(BodyFigure.TOUCH_CELL);
            assertThat(target.height()).as("height of %s", target).isGreaterThanOrEqualTo(BodyFigure.TOUCH_CELL);
            assertThat(target.x() + target.width()).as("%s inside the view box", target).isLessThanOrEqualTo(BodyFigure.TOUCH_WIDTH);
        });
        for (int i = 0; i < targets.size(); i++) {
            for (int j = i + 1; j < targets.size(); j++) {
                assertThat(targets.get(i).overlaps(targets.get(j))).as("%s overlaps %s", targets.get(i), targets.get(j)).isFalse();
            }
        }
        assertThat(BodyFigure.TOUCH_WIDTH).as("a 390 px phone leaves 358 px, so one unit is at least one pixel").isLessThanOrEqualTo(358);
    }

    @Test
    void theTouchFigureIsOneTabStopAndEveryAreaInItsMusclesButton() {
        String svg = BodyFigure.touchSvg(Map.of(Muscle.HAMSTRINGS, 1.0), Muscle.HAMSTRINGS);

        assertThat(Pattern.compile("tabindex='0'").matcher(svg).results().count()).isEqualTo(1);
        assertThat(Pattern.compile("class='target'").matcher(svg).results().count()).isEqualTo(BodyFigure.touchTargets().size());
        assertThat(svg).contains("data-muscle='HAMSTRINGS' class='muscle selected' role='button' aria-pressed='true' aria-label='Hamstrings' tabindex='0'");
        assertThat(svg).contains("data-muscle='NECK' class='muscle' role='button' aria-pressed='false' aria-label='Neck' tabindex='-1'");
        assertThat(svg).as("the athlete's sides are named under the feet").contains(">Left</text>", ">Right</text>");
    }
}
