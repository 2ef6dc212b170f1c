package app.limber.body.ui;

import app.limber.body.Muscle;
import app.limber.body.Pose;
import app.limber.body.PoseFigure;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;

import java.util.Collection;

/**
 * A stretch as a person doing it ({@link PoseFigure}), the muscles it works highlighted on the
 * figure. A stretch without a pose (a coach's own, never posed) shows its body map instead, so
 * every stretch is seen. The markup is drawn once and shared by every session that shows the
 * same figure ({@link Drawings}).
 */
public final class StretchFigure extends Svg {

    /** How big the figure is drawn: on a card, or where the stretch is the page's subject. */
    public enum Size { SMALL, LARGE }

    private StretchFigure(String svg, Size size) {
        super(svg);
        addClassNames("limber-figure", size == Size.SMALL ? "limber-figure-small" : "limber-figure-large");
    }

    /**
     * The figure of the stretch, or its body map when it has no pose.
     *
     * @param name the stretch's name, for the figure's label (set as text: escaped in the markup)
     */
    public static Component of(Pose pose, Collection<Muscle> primary, Collection<Muscle> secondary, String name, Size size) {
        if (pose == null) {
            BodyMap map = BodyMap.thumbnail(primary, secondary);
            if (size == Size.LARGE) {
                map.addClassName("limber-body-map-large");
            }
            return map;
        }
        return new StretchFigure(Drawings.figure(pose, primary, secondary, PoseFigure.Side.LEFT, label(name, primary, secondary)), size);
    }

    /**
     * What a small figure shows, as data for a card drawn in the browser: the markup, drawn once
     * and shared ({@link Drawings}), and what a screen reader says of it. The markup holds no text
     * anyone typed (a figure is drawn without its label, which holds the stretch's name), so the
     * browser may set it as markup; the label goes beside it, as text.
     *
     * @param bodyMap whether the body map stands in for a figure (a stretch without a pose)
     */
    public record Drawing(String markup, String label, boolean bodyMap) {
    }

    /** {@link #of} as data: the small figure of the stretch, or its body map when it has no pose. */
    public static Drawing drawing(Pose pose, Collection<Muscle> primary, Collection<Muscle> secondary, String name) {
        if (pose == null) {
            return BodyMap.thumbnailDrawing(primary, secondary);
        }
        return new Drawing(Drawings.figure(pose, primary, secondary, PoseFigure.Side.LEFT, null), label(name, primary, secondary), false);
    }

    /** "Standing quad stretch, as a figure. Works Quadriceps; also Hip flexors". */
    static String label(String name, Collection<Muscle> primary, Collection<Muscle> secondary) {
        return app.limber.base.Words.of("stretch-figure.label", name, Muscle.listedInWords(primary, secondary)).shown();
    }
}
