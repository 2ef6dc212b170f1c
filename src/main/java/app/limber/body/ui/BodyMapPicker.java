package app.limber.body.ui;

import app.limber.base.Words;
import app.limber.body.Muscle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The body map to choose muscles with, {@code <limber-body-map>}
 * ({@code frontend/components/limber-body-map.ts}): the browser draws the figure (the drawing is
 * {@link app.limber.body.BodyFigure}'s, in the bundle) and keeps the keyboard's place; the server
 * sends it the muscles' names in the reader's language once and, after each toggle, only the
 * muscles chosen. Clicking a region, or pressing Enter or Space on it, toggles that muscle: the
 * browser says which ({@value #TOGGLE_EVENT}), and this decides; a muscle it does not know changes
 * nothing. The whole map is one tab stop (a roving tabindex): the arrow keys move between muscles
 * in the order of the muscle list (Home and End to the first and last), in the browser, each
 * region a button labelled with its muscle's name and pressed when chosen. The {@link #forTouch
 * touch} picker draws the same muscles with areas big enough for a finger.
 */
@Tag("limber-body-map")
@JsModule("./components/limber-body-map.ts")
public class BodyMapPicker extends Component implements HasStyle {

    /** The event the browser sends when a region is clicked or pressed. */
    public static final String TOGGLE_EVENT = "muscle-toggle";

    /** The event's data: the name of the muscle toggled. */
    public static final String TOGGLED_MUSCLE = "event.detail.muscle";

    private final Set<Muscle> selected = EnumSet.noneOf(Muscle.class);
    private final List<Consumer<Set<Muscle>>> selectionListeners = new ArrayList<>();

    public BodyMapPicker(String label) {
        addClassName("limber-body-map");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("words", words());
        getElement().setAttribute("selected", "");
        getElement().addEventListener(TOGGLE_EVENT, this::onToggle).addEventData(TOGGLED_MUSCLE);
    }

    public BodyMapPicker() {
        this(Words.of("body-map.choose-muscles").shown());
    }

    /**
     * The picker to use with a finger on a phone: the touch figure
     * ({@link app.limber.body.BodyFigure#touchSvg}), whose every area to tap is at least 44 × 44 px
     * where the figure has 358 px of width.
     */
    public static BodyMapPicker forTouch(String label) {
        var picker = new BodyMapPicker(label);
        picker.addClassName("limber-body-map-touch");
        picker.getElement().setAttribute("figure", "touch");
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
        showSelected();
    }

    /** Called with the new selection when the person toggles a region. */
    public Registration addSelectionListener(Consumer<Set<Muscle>> listener) {
        selectionListeners.add(listener);
        return () -> selectionListeners.remove(listener);
    }

    /** Toggles a muscle as if the person clicked its region. */
    public void toggle(Muscle muscle) {
        if (!selected.remove(muscle)) {
            selected.add(muscle);
        }
        showSelected();
        Set<Muscle> now = getSelected();
        new ArrayList<>(selectionListeners).forEach(listener -> listener.accept(now));
    }

    private void onToggle(DomEvent event) {
        toggled(event).ifPresent(this::toggle);
    }

    private static Optional<Muscle> toggled(DomEvent event) {
        JsonNode muscle = event.getEventData().get(TOGGLED_MUSCLE);
        if (muscle == null || !muscle.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Muscle.valueOf(muscle.asString()));
        } catch (IllegalArgumentException notAMuscle) {
            return Optional.empty(); // a region we did not draw: nothing to do
        }
    }

    /** The chosen muscles' names, in the muscle list's order, for the browser to mark ("GLUTES NECK"). */
    private void showSelected() {
        getElement().setAttribute("selected", selected.stream().map(Muscle::name).collect(Collectors.joining(" ")));
    }

    /**
     * The words the figure shows and reads out, in the reader's language, as
     * {@code limber-body-map.ts} reads them: the figures' captions, and every muscle's name in the
     * order of the muscle list (the arrow keys' order).
     */
    private static String words() {
        Map<String, Object> words = new LinkedHashMap<>();
        for (String word : List.of("front", "back", "left", "right")) {
            words.put(word, Words.of("body-figure." + word).shown());
        }
        List<List<String>> muscles = new ArrayList<>();
        for (Muscle muscle : Muscle.values()) {
            muscles.add(List.of(muscle.name(), muscle.words().shown()));
        }
        words.put("muscles", muscles);
        return JsonMapper.shared().writeValueAsString(words);
    }
}
