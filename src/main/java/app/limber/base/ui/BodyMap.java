package app.limber.base.ui;

import app.limber.library.Muscle;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A schematic front and back figure, drawn as SVG on the server, whose muscle regions are
 * tinted by how much they matter: selected (or primary) muscles in the accent colour,
 * others by intensity. When interactive, clicking a region, or pressing Enter or Space
 * on it, toggles that muscle; each muscle is one tab stop with its name as label.
 *
 * <p>The markup is made only from our own shapes and muscle names (escaped), never from
 * anything a person typed.
 */
public class BodyMap extends Svg {

    /** Client-side expression that names the muscle under the pointer or the focused region. */
    public static final String MUSCLE_OF_TARGET =
            "(event.target.closest && event.target.closest('[data-muscle]')) ? event.target.closest('[data-muscle]').getAttribute('data-muscle') : null";

    /** Client-side condition for a key that presses a region: Enter or Space. */
    public static final String PRESS_KEY = "event.key === 'Enter' || event.key === ' '";

    private static final int FRONT_X = 50;
    private static final int BACK_X = 150;

    private final boolean interactive;
    private final Map<Muscle, Double> intensity = new EnumMap<>(Muscle.class);
    private final List<Consumer<Set<Muscle>>> selectionListeners = new ArrayList<>();

    private BodyMap(boolean interactive) {
        this.interactive = interactive;
        addClassName("limber-body-map");
        getElement().setAttribute("role", interactive ? "group" : "img");
        if (interactive) {
            getElement().addEventListener("click", this::onPick).addEventData(MUSCLE_OF_TARGET);
            getElement().addEventListener("keydown", this::onKeyPick).addEventData(MUSCLE_OF_TARGET)
                    .setFilter(PRESS_KEY).preventDefault();
        }
        draw();
    }

    /** A map to filter by: regions are buttons that toggle their muscle. */
    public static BodyMap picker() {
        var map = new BodyMap(true);
        map.getElement().setAttribute("aria-label", "Body map: choose muscles");
        return map;
    }

    /** A small picture of which muscles a stretch works: primary strong, secondary light. */
    public static BodyMap thumbnail(Collection<Muscle> primary, Collection<Muscle> secondary) {
        var map = new BodyMap(false);
        map.addClassName("limber-body-map-thumbnail");
        secondary.forEach(muscle -> map.intensity.put(muscle, 0.45));
        primary.forEach(muscle -> map.intensity.put(muscle, 1.0));
        map.getElement().setAttribute("aria-label", describe(primary, secondary));
        map.draw();
        return map;
    }

    /**
     * How much of a routine each muscle gets: the most-stretched muscle in full colour,
     * the others by their share; muscles left out stay grey, so gaps stand out.
     */
    public static BodyMap coverage(Map<Muscle, Integer> secondsPerMuscle) {
        var map = new BodyMap(false);
        map.addClassName("limber-body-map-coverage");
        map.showCoverage(secondsPerMuscle);
        return map;
    }

    /** Redraws the coverage picture (see {@link #coverage}). */
    public void showCoverage(Map<Muscle, Integer> secondsPerMuscle) {
        intensity.clear();
        int most = secondsPerMuscle.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        secondsPerMuscle.forEach((muscle, seconds) -> {
            if (seconds > 0 && most > 0) {
                intensity.put(muscle, Math.min(0.99, 0.2 + 0.79 * seconds / most));
            }
        });
        var worked = secondsPerMuscle.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getKey().label() + " " + entry.getValue() + " s").toList();
        getElement().setAttribute("aria-label", worked.isEmpty() ? "No muscles stretched yet"
                : "Seconds of stretch: " + String.join(", ", worked));
        draw();
    }

    /** The muscles shown as selected (intensity 1). */
    public Set<Muscle> getSelected() {
        Set<Muscle> selected = EnumSet.noneOf(Muscle.class);
        intensity.forEach((muscle, value) -> {
            if (value >= 1.0) {
                selected.add(muscle);
            }
        });
        return selected;
    }

    /** Shows exactly these muscles as selected; tells no listener (it is not the person's doing). */
    public void setSelected(Collection<Muscle> muscles) {
        intensity.clear();
        muscles.forEach(muscle -> intensity.put(muscle, 1.0));
        draw();
    }

    /** Called with the new selection when the person toggles a region. */
    public Registration addSelectionListener(Consumer<Set<Muscle>> listener) {
        selectionListeners.add(listener);
        return () -> selectionListeners.remove(listener);
    }

    /** Toggles a muscle as if the person clicked its region. */
    public void toggle(Muscle muscle) {
        if (intensity.getOrDefault(muscle, 0.0) >= 1.0) {
            intensity.remove(muscle);
        } else {
            intensity.put(muscle, 1.0);
        }
        draw();
        Set<Muscle> selected = getSelected();
        new ArrayList<>(selectionListeners).forEach(listener -> listener.accept(selected));
    }

    private void onPick(DomEvent event) {
        picked(event).ifPresent(this::toggle);
    }

    /** Enter or Space on a region: toggle it, and keep the keyboard focus on it after the redraw. */
    private void onKeyPick(DomEvent event) {
        picked(event).ifPresent(muscle -> {
            toggle(muscle);
            getElement().executeJs(
                    "const region = this.querySelector('[data-muscle=\"' + $0 + '\"][tabindex=\"0\"]'); if (region) { region.focus(); }",
                    muscle.name());
        });
    }

    private static java.util.Optional<Muscle> picked(DomEvent event) {
        JsonNode picked = event.getEventData().get(MUSCLE_OF_TARGET);
        if (picked == null || picked.isNull()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Muscle.valueOf(picked.asString()));
        } catch (IllegalArgumentException notAMuscle) {
            return java.util.Optional.empty(); // a region we did not draw: nothing to do
        }
    }

    private void draw() {
        var svg = new StringBuilder(4096);
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 214' focusable='false'>");
        figure(svg, FRONT_X, "Front");
        figure(svg, BACK_X, "Back");
        Set<Muscle> tabStopGiven = new HashSet<>();
        for (var region : regions().entrySet()) {
            Muscle muscle = region.getKey().muscle();
            double value = intensity.getOrDefault(muscle, 0.0);
            svg.append("<g data-muscle='").append(muscle.name()).append("' class='muscle")
                    .append(value >= 1.0 ? " selected" : value > 0 ? " worked" : "").append("'");
            if (value > 0 && value < 1.0) {
                svg.append(" style='fill-opacity:").append(String.format(java.util.Locale.ROOT, "%.2f", 0.25 + value * 0.6)).append("'");
            }
            if (interactive) {
                svg.append(" role='button' aria-pressed='").append(value >= 1.0).append("' aria-label='")
                        .append(escape(muscle.label())).append("'");
                if (tabStopGiven.add(muscle)) {
                    svg.append(" tabindex='0'");
                }
            }
            svg.append("><title>").append(escape(muscle.label())).append("</title>");
            region.getValue().forEach(svg::append);
            svg.append("</g>");
        }
        svg.append("</svg>");
        setSvg(svg.toString());
    }

    private static void figure(StringBuilder svg, int x, String label) {
        svg.append("<g class='outline' aria-hidden='true'>")
                .append(circle(x, 11, 9))
                .append(rect(x - 19, 26, 38, 68, 9))
                .append(rect(x - 29, 30, 9, 62, 4)).append(rect(x + 20, 30, 9, 62, 4))
                .append(rect(x - 17, 92, 16, 104, 6)).append(rect(x + 1, 92, 16, 104, 6))
                .append("<text x='").append(x).append("' y='213' text-anchor='middle'>").append(label).append("</text>")
                .append("</g>");
    }

    private record Region(Muscle muscle, int figure) {
    }

    /** Where each muscle is drawn: front figure, back figure, or both; left and right. */
    private static Map<Region, List<String>> regions() {
        Map<Region, List<String>> regions = new LinkedHashMap<>();
        for (int x : new int[]{FRONT_X, BACK_X}) {
            boolean front = x == FRONT_X;
            add(regions, Muscle.NECK, x, rect(x - 4, 20, 8, 7, 2));
            add(regions, Muscle.SHOULDERS, x, ellipse(x - 21, 33, 7, 6), ellipse(x + 21, 33, 7, 6));
            add(regions, Muscle.ARMS, x, rect(x - 28, 41, 7, 44, 3), rect(x + 21, 41, 7, 44, 3));
            add(regions, Muscle.IT_BAND, x, rect(x - 17, 104, 4, 40, 2), rect(x + 13, 104, 4, 40, 2));
            add(regions, Muscle.FOOT, x, ellipse(x - 9, 198, 7, 4), ellipse(x + 9, 198, 7, 4));
            if (front) {
                add(regions, Muscle.CHEST, x, rect(x - 16, 34, 32, 17, 6));
                add(regions, Muscle.SIDE, x, rect(x - 17, 54, 6, 28, 3), rect(x + 11, 54, 6, 28, 3), rect(x - 9, 53, 18, 5, 2));
                add(regions, Muscle.HIP_FLEXORS, x, ellipse(x - 9, 90, 6, 5), ellipse(x + 9, 90, 6, 5));
                add(regions, Muscle.QUADRICEPS, x, rect(x - 13, 100, 9, 44, 4), rect(x + 4, 100, 9, 44, 4));
                add(regions, Muscle.ADDUCTORS, x, rect(x - 4, 100, 3, 26, 1), rect(x + 1, 100, 3, 26, 1));
                add(regions, Muscle.SHIN, x, rect(x - 12, 150, 6, 38, 3), rect(x + 6, 150, 6, 38, 3));
            } else {
                add(regions, Muscle.UPPER_BACK, x, rect(x - 16, 34, 32, 26, 6));
                add(regions, Muscle.LOWER_BACK, x, rect(x - 12, 62, 24, 22, 5));
                add(regions, Muscle.GLUTES, x, ellipse(x - 8, 94, 8, 8), ellipse(x + 8, 94, 8, 8));
                add(regions, Muscle.HAMSTRINGS, x, rect(x - 13, 106, 9, 40, 4), rect(x + 4, 106, 9, 40, 4));
                add(regions, Muscle.CALF_GASTROCNEMIUS, x, rect(x - 14, 150, 9, 20, 4), rect(x + 5, 150, 9, 20, 4));
                add(regions, Muscle.CALF_SOLEUS, x, rect(x - 13, 171, 7, 18, 3), rect(x + 6, 171, 7, 18, 3));
            }
        }
        return regions;
    }

    private static void add(Map<Region, List<String>> regions, Muscle muscle, int figure, String... shapes) {
        regions.put(new Region(muscle, figure), List.of(shapes));
    }

    private static String rect(int x, int y, int width, int height, int radius) {
        return "<rect x='" + x + "' y='" + y + "' width='" + width + "' height='" + height + "' rx='" + radius + "'/>";
    }

    private static String ellipse(int cx, int cy, int rx, int ry) {
        return "<ellipse cx='" + cx + "' cy='" + cy + "' rx='" + rx + "' ry='" + ry + "'/>";
    }

    private static String circle(int cx, int cy, int r) {
        return "<circle cx='" + cx + "' cy='" + cy + "' r='" + r + "'/>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }

    private static String describe(Collection<Muscle> primary, Collection<Muscle> secondary) {
        return "Works " + Muscle.listed(primary, secondary);
    }
}
