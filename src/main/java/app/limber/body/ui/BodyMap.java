package app.limber.body.ui;

import app.limber.base.Words;
import app.limber.body.BodyFigure;
import app.limber.body.Muscle;
import com.vaadin.flow.component.Svg;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * A picture of the body (see {@link BodyFigure}) whose muscle regions are tinted by how
 * much they matter: a stretch's primary and secondary muscles, or how much of a routine
 * each muscle gets. To choose muscles, use {@link BodyMapPicker}.
 */
public class BodyMap extends Svg {

    private BodyMap() {
        addClassName("limber-body-map");
        getElement().setAttribute("role", "img");
    }

    /** A small picture of which muscles a stretch works: primary strong, secondary light. */
    public static BodyMap thumbnail(Collection<Muscle> primary, Collection<Muscle> secondary) {
        var map = new BodyMap();
        map.addClassName("limber-body-map-thumbnail");
        Map<Muscle, Double> intensity = new EnumMap<>(Muscle.class);
        secondary.forEach(muscle -> intensity.put(muscle, 0.45));
        primary.forEach(muscle -> intensity.put(muscle, 1.0));
        map.getElement().setAttribute("aria-label", describe(primary, secondary));
        map.setSvg(BodyFigure.svg(intensity, false));
        return map;
    }

    /**
     * How much of a routine each muscle gets: the most-stretched muscle in full colour,
     * the others by their share; muscles left out stay grey, so gaps stand out.
     */
    public static BodyMap coverage(Map<Muscle, Integer> secondsPerMuscle) {
        var map = new BodyMap();
        map.addClassName("limber-body-map-coverage");
        map.showCoverage(secondsPerMuscle);
        return map;
    }

    /** Redraws the coverage picture (see {@link #coverage}). */
    public void showCoverage(Map<Muscle, Integer> secondsPerMuscle) {
        Map<Muscle, Double> intensity = new EnumMap<>(Muscle.class);
        int most = secondsPerMuscle.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        secondsPerMuscle.forEach((muscle, seconds) -> {
            if (seconds > 0 && most > 0) {
                intensity.put(muscle, Math.min(0.99, 0.2 + 0.79 * seconds / most));
            }
        });
        Words worked = null;
        for (var entry : secondsPerMuscle.entrySet()) {
            if (entry.getValue() > 0) {
                Words one = Words.of("body-map.muscle-seconds", entry.getKey().words(), entry.getValue());
                worked = worked == null ? one : Words.of("words.comma", worked, one);
            }
        }
        getElement().setAttribute("aria-label", worked == null ? Words.of("body-map.nothing-stretched").shown()
                : Words.of("body-map.seconds-of-stretch", worked).shown());
        setSvg(BodyFigure.svg(intensity, false));
    }

    /** The thumbnail's markup (drawn once, shared: {@link Drawings}) and what a screen reader says of it. */
    static StretchFigure.Drawing thumbnailDrawing(Collection<Muscle> primary, Collection<Muscle> secondary) {
        return new StretchFigure.Drawing(Drawings.bodyMap(tints(primary, secondary)), describe(primary, secondary), true);
    }

    private static Map<Muscle, Double> tints(Collection<Muscle> primary, Collection<Muscle> secondary) {
        Map<Muscle, Double> intensity = new EnumMap<>(Muscle.class);
        secondary.forEach(muscle -> intensity.put(muscle, 0.45));
        primary.forEach(muscle -> intensity.put(muscle, 1.0));
        return intensity;
    }

    private static String describe(Collection<Muscle> primary, Collection<Muscle> secondary) {
        return Words.of("body-map.works", Muscle.listedInWords(primary, secondary)).shown();
    }
}
