package app.limber.body.ui;

import com.vaadin.flow.component.UI;

import app.limber.body.BodyFigure;
import app.limber.body.Muscle;
import app.limber.body.Pose;
import app.limber.body.PoseFigure;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Figures drawn once and shared: the markup of a stretch's figure (or body map) is an immutable
 * string that depends only on what is drawn and the words of its label, so every session that
 * shows the same stretch in the same language holds one copy of it (a hundred coaches looking at
 * the built-in stretches hold one drawing of each, not a hundred). A changed stretch or pose is
 * another drawing (the pose and muscles are the key), and drawings not asked for lately make room
 * when the cache is full, which bounds it at a few megabytes whatever the size of the library.
 */
final class Drawings {

    /** At most this many characters of markup are kept: a figure is about 2,000 to 6,000. */
    static final long MAX_CHARACTERS = 8_000_000;

    private record Figure(Pose pose, List<Muscle> primary, List<Muscle> secondary, PoseFigure.Side side, String label) {
    }

    private static final Cache<Object, String> DRAWN = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS)
            .weigher((Object key, String markup) -> markup.length())
            .build();

    private Drawings() {
    }

    /** {@link PoseFigure#svg}, drawn once for the same pose, muscles, side and label. */
    static String figure(Pose pose, Collection<Muscle> primary, Collection<Muscle> secondary, PoseFigure.Side side, String label) {
        var figure = new Figure(pose, List.copyOf(primary), List.copyOf(secondary), side, label);
        return DRAWN.get(figure, drawn -> PoseFigure.svg(figure.pose(), figure.primary(), figure.secondary(), side, label));
    }

    private record BodyMapPicture(Map<Muscle, Double> tints, String language) {
    }

    /**
     * {@link BodyFigure#svg(Map, boolean)} of a picture that is only looked at, drawn once for the
     * same tints in the same language (its captions and muscle names are in the UI's language).
     */
    static String bodyMap(Map<Muscle, Double> intensity) {
        var picture = new BodyMapPicture(Map.copyOf(intensity), language());
        return DRAWN.get(picture, drawn -> BodyFigure.svg(picture.tints(), false));
    }

    /** The language {@code Words.shown()} draws in now: the current UI's, English outside one. */
    private static String language() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? "en" : ui.getLocale().getLanguage();
    }
}
