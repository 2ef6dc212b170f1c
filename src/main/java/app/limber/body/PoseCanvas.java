package app.limber.body;

import java.util.List;

/**
 * What {@link PoseFigure} draws on: the same figure becomes SVG markup for the page and
 * vector graphics in the handout's PDF. Coordinates are the figure's units, y downwards;
 * each {@link #open} starts a group whose transform lasts until its {@link #close}.
 */
public interface PoseCanvas {

    /** How a group is moved: turned by an angle, or shifted. SVG and CSS turn clockwise on screen. */
    sealed interface Move permits Turn, Shift {
    }

    /** Turned clockwise on screen by this many degrees. */
    record Turn(double degrees) implements Move {
    }

    record Shift(double x, double y) implements Move {
    }

    /**
     * Opens a group moved as in the first key posture, and moving through the others where a
     * drill moves (a canvas that cannot move, such as a page, keeps the first).
     *
     * @param joint the joint's name, for the markup
     */
    void open(String joint, List<? extends Move> keys);

    /** Opens a group mirrored left to right about x = 0. */
    void openMirrored();

    void close();

    /**
     * A rounded stroke.
     *
     * @param tone "near", "far" or "body" for the person; "muscle primary" or "muscle secondary" for a
     *             muscle drawn on it; "floor"
     * @param muscle the muscle drawn, for a muscle's stroke; null otherwise
     */
    void line(String tone, Muscle muscle, double x1, double y1, double x2, double y2, double width);

    void circle(String tone, double cx, double cy, double r);

    /** A thing the person uses (a wall, a step, a roller). */
    void rect(String tone, double x, double y, double width, double height);

    /** A band or towel, as a thin dashed line. */
    void band(double x1, double y1, double x2, double y2);
}
