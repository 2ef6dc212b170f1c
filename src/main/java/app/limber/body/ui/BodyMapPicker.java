package app.limber.body.ui;

import app.limber.body.BodyFigure;
import app.limber.body.Muscle;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.BiFunction;

/**
 * The body map to choose muscles with: clicking a region, or pressing Enter or Space on
 * it, toggles that muscle. The whole map is one tab stop (a roving tabindex): the arrow keys
 * move between muscles in the order of the muscle list (Home and End to the first and last),
 * each region labelled with its muscle's name. The {@link #forTouch touch} picker draws the
 * same muscles with areas big enough for a finger.
 */
public class BodyMapPicker extends Svg {

    /** Client-side expression that names the muscle under the pointer or the focused region. */
    public static final String MUSCLE_OF_TARGET =
            "(event.target.closest && event.target.closest('[data-muscle]')) ? event.target.closest('[data-muscle]').getAttribute('data-muscle') : null";

    /** Client-side condition for a key that presses a region: Enter or Space. */
    public static final String PRESS_KEY = "event.key === 'Enter' || event.key === ' '";

    /** Client-side condition for a key that moves between regions. */
    public static final String MOVE_KEY = "['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(event.key)";

    /** Client-side expression for the key pressed. */
    public static final String KEY = "event.key";

    private static final List<Muscle> ORDER = List.of(Muscle.values());

    private final Set<Muscle> selected = EnumSet.noneOf(Muscle.class);
    private final BiFunction<Map<Muscle, Double>, Muscle, String> drawing;
    /** The region the map's one tab stop is on: the one last moved to, clicked or toggled. */
    private Muscle current = ORDER.getFirst();
    private final List<Consumer<Set<Muscle>>> selectionListeners = new ArrayList<>();

    public BodyMapPicker(String label) {
        this(label, BodyFigure::svg);
    }

    private BodyMapPicker(String label, BiFunction<Map<Muscle, Double>, Muscle, String> drawing) {
        this.drawing = drawing;
        addClassName("limber-body-map");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", label);
        getElement().addEventListener("click", this::onPick).addEventData(MUSCLE_OF_TARGET);
        getElement().addEventListener("keydown", this::onKeyPick).addEventData(MUSCLE_OF_TARGET)
                .setFilter(PRESS_KEY).preventDefault();
        getElement().addEventListener("keydown", this::onMove).addEventData(KEY)
                .setFilter(MOVE_KEY).preventDefault();
        draw();
    }

    public BodyMapPicker() {
        this(app.limber.base.Words.of("body-map.choose-muscles").shown());
    }

    /**
     * The picker to use with a finger on a phone: {@link BodyFigure#touchSvg the touch figure},
     * whose every area to tap is at least 44 × 44 px where the figure has 358 px of width.
     */
    public static BodyMapPicker forTouch(String label) {
        var picker = new BodyMapPicker(label, BodyFigure::touchSvg);
        picker.addClassName("limber-body-map-touch");
        return picker;
    }

    /** The muscles chosen now. */
    public Set<Muscle> getSelected() {
        return selected.isEmpty() ? EnumSet.noneOf(Muscle.class) : EnumSet.copyOf(selected);
    }

    /** Shows exactly these muscles as chosen; tells no listener (it is not the person's doing). */
    public void setSelected(Collection<Muscle> muscles) {
        selected.clear();
        selected.addAll(muscles);
        draw();
    }

    /** Called with the new selection when the person toggles a region. */
    public Registration addSelectionListener(Consumer<Set<Muscle>> listener) {
        selectionListeners.add(listener);
        return () -> selectionListeners.remove(listener);
    }

    /** The muscle whose region holds the map's tab stop. */
    public Muscle current() {
        return current;
    }

    /** Toggles a muscle as if the person clicked its region. */
    public void toggle(Muscle muscle) {
        current = muscle;
        if (!selected.remove(muscle)) {
            selected.add(muscle);
        }
        draw();
        Set<Muscle> now = getSelected();
        new ArrayList<>(selectionListeners).forEach(listener -> listener.accept(now));
    }

    /** A click on a region: toggle it, and keep the focus there after the redraw, so the arrow keys go on from it. */
    private void onPick(DomEvent event) {
        picked(event).ifPresent(muscle -> {
            toggle(muscle);
            focusCurrent();
        });
    }

    /** Enter or Space on a region: toggle it, and keep the keyboard focus on it after the redraw. */
    private void onKeyPick(DomEvent event) {
        picked(event).ifPresent(muscle -> {
            toggle(muscle);
            focusCurrent();
        });
    }

    /**
     * An arrow key, Home or End: the tab stop moves to the next or previous muscle (from the one
     * it is on, so quick presses all count), round at the ends, and the keyboard follows it.
     */
    private void onMove(DomEvent event) {
        JsonNode key = event.getEventData().get(KEY);
        int at = ORDER.indexOf(current);
        int to = switch (key == null ? "" : key.asString()) {
            case "ArrowRight", "ArrowDown" -> (at + 1) % ORDER.size();
            case "ArrowLeft", "ArrowUp" -> (at - 1 + ORDER.size()) % ORDER.size();
            case "Home" -> 0;
            case "End" -> ORDER.size() - 1;
            default -> at;
        };
        current = ORDER.get(to);
        draw();
        focusCurrent();
    }

    private void focusCurrent() {
        getElement().executeJs(
                "const region = this.querySelector('[data-muscle=\"' + $0 + '\"][tabindex=\"0\"]'); if (region) { region.focus(); }",
                current.name());
    }

    private static Optional<Muscle> picked(DomEvent event) {
        JsonNode picked = event.getEventData().get(MUSCLE_OF_TARGET);
        if (picked == null || picked.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Muscle.valueOf(picked.asString()));
        } catch (IllegalArgumentException notAMuscle) {
            return Optional.empty(); // a region we did not draw: nothing to do
        }
    }

    private void draw() {
        Map<Muscle, Double> intensity = new EnumMap<>(Muscle.class);
        selected.forEach(muscle -> intensity.put(muscle, 1.0));
        setSvg(drawing.apply(intensity, current));
    }
}
