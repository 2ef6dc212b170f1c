package app.limber.body;

import app.limber.body.Pose.Focus;
import app.limber.body.Pose.Limbs;
import app.limber.body.Pose.Posture;
import app.limber.body.Pose.Prop;
import app.limber.body.Pose.View;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws a {@link Pose} as an SVG figure in one style: limbs as rounded strokes, the limbs
 * behind lighter, the muscles a stretch works highlighted on the body in the accent colour
 * (primary strong, secondary light), a floor line under the lowest point. A drill's key
 * postures become a CSS animation of its joints ({@code limber.css}: the keyframes, and
 * stillness under {@code prefers-reduced-motion}).
 *
 * <p>The figure is built as nested groups, one per joint, each turned by its angle: that is
 * what lets CSS move a drill smoothly from one key posture to the next. The same arithmetic
 * in {@link #joints} places the figure on the floor and frames it.
 *
 * <p>The markup is made only from numbers and our own names, never from anything typed.
 */
public final class PoseFigure {

    /** Segment lengths in SVG units; a standing figure is about 170 units tall. */
    static final double TRUNK = 50;
    static final double SHOULDER_DROP = 5;
    static final double NECK = 6;
    static final double HEAD = 9.5;
    static final double UPPER_ARM = 27;
    static final double FOREARM = 25;
    static final double THIGH = 41;
    static final double SHIN = 39;
    static final double FOOT = 13;
    static final double FRONT_FOOT = 7;
    /** Half the width of the hips and of the shoulders, in the front view. */
    static final double HIP_HALF = 7;
    static final double SHOULDER_HALF = 13;

    private static final double MARGIN = 8;
    private static final double FLOOR_GAP = 1;
    private static final double STEP_HEIGHT = 16;

    /** The points of a figure (the pelvis at 0,0), for framing and placing it on the floor. */
    public enum Point {
        PELVIS, NECK, HEAD, NEAR_SHOULDER, NEAR_ELBOW, NEAR_HAND, NEAR_HIP, NEAR_KNEE, NEAR_ANKLE, NEAR_TOE, NEAR_HEEL,
        FAR_SHOULDER, FAR_ELBOW, FAR_HAND, FAR_HIP, FAR_KNEE, FAR_ANKLE, FAR_TOE, FAR_HEEL
    }

    /** An x, y in SVG units (y grows downwards). */
    public record Xy(double x, double y) {
        Xy plus(double length, double angle) {
            double radians = Math.toRadians(angle);
            return new Xy(x + length * Math.sin(radians), y + length * Math.cos(radians));
        }

        Xy mirrored() {
            return new Xy(-x, y);
        }
    }

    /** Which side the figure shows: {@code LEFT} as posed, {@code RIGHT} its mirror image. */
    public enum Side { LEFT, RIGHT }

    private PoseFigure() {
    }

    /**
     * The figure as SVG markup.
     *
     * @param label what a screen reader says (the stretch's name and what it works); null for a
     *              figure whose label is given beside its markup (the drawing is then hidden from
     *              screen readers and holds no text of anyone's)
     */
    public static String svg(Pose pose, Collection<Muscle> primary, Collection<Muscle> secondary, Side side, String label) {
        Box box = box(pose);
        var svg = new StringBuilder(6144);
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' class='limber-pose").append(pose.moves() ? " moves" : "")
                .append("' viewBox='").append(number(box.x())).append(' ').append(number(box.y())).append(' ')
                .append(number(box.width())).append(' ').append(number(box.height()))
                .append(label == null ? "' aria-hidden='true" : "' role='img' aria-label='" + escape(label))
                .append("' focusable='false'>");
        if (side == Side.RIGHT) {
            svg.append("<g transform='matrix(-1 0 0 1 ").append(number(box.x() * 2 + box.width())).append(" 0)'>");
        }
        draw(pose, primary, secondary, new SvgCanvas(svg));
        if (side == Side.RIGHT) {
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A still pose drawn to be posed: the figure with a handle on each joint a coach can drag
     * ({@link PoseEditing.Handle}). The handles are for pointers and hidden from screen readers:
     * the editor's number fields are the way by keyboard.
     */
    public static String svgToPose(Pose still, Collection<Muscle> primary, Collection<Muscle> secondary, String label) {
        String svg = svg(still, primary, secondary, Side.LEFT, label);
        Map<Point, Xy> placed = placed(still);
        var handles = new StringBuilder();
        for (PoseEditing.Handle handle : PoseEditing.Handle.values()) {
            Xy at = placed.get(handle.point());
            handles.append("<circle class='handle' aria-hidden='true' data-handle='").append(handle.name()).append("' cx='").append(number(at.x()))
                    .append("' cy='").append(number(at.y())).append("' r='5'/>");
        }
        return svg.substring(0, svg.length() - "</svg>".length()) + handles + "</svg>";
    }

    /** The area the figure takes (with its floor and props), in the figure's units: a view box. */
    public record Box(double x, double y, double width, double height) {
    }

    public static Box box(Pose pose) {
        Frame frame = frame(pose);
        return new Box(frame.minX(), frame.minY(), frame.width(), frame.height());
    }

    /** Draws the figure (the floor, the props, the person and the muscles) on a canvas, inside {@link #box}. */
    public static void draw(Pose pose, Collection<Muscle> primary, Collection<Muscle> secondary, PoseCanvas canvas) {
        Frame frame = frame(pose);
        canvas.line("floor", null, frame.minX() + 2, frame.floor(), frame.minX() + frame.width() - 2, frame.floor(), 2);
        new Drawing(pose, frame, tints(primary, secondary), canvas).figure();
    }

    /**
     * Where each point of a still pose's posture is drawn, in the figure's {@link #box} (the
     * figure on its floor): where a pose editor puts the handles to drag.
     */
    public static Map<Point, Xy> placed(Pose pose) {
        Xy pelvis = frame(pose).pelvis().getFirst();
        Map<Point, Xy> placed = new EnumMap<>(Point.class);
        joints(pose.keys().getFirst(), pose.view()).forEach((point, xy) -> placed.put(point, new Xy(xy.x() + pelvis.x(), xy.y() + pelvis.y())));
        return placed;
    }

    /** Where each point of a posture is, with the pelvis at 0,0. */
    public static Map<Point, Xy> joints(Posture posture, View view) {
        Map<Point, Xy> points = new EnumMap<>(Point.class);
        Xy pelvis = new Xy(0, 0);
        points.put(Point.PELVIS, pelvis);
        double trunk = 180 - posture.trunk();
        Xy neck = pelvis.plus(TRUNK, trunk);
        points.put(Point.NECK, neck);
        points.put(Point.HEAD, neck.plus(NECK + HEAD, trunk - posture.neck()));
        Xy shoulders = pelvis.plus(TRUNK - SHOULDER_DROP, trunk);
        if (view == View.SIDE) {
            limb(points, true, posture.near(), pelvis, shoulders, -posture.trunk(), -posture.trunk(), view);
            limb(points, false, posture.far(), pelvis, shoulders, -posture.trunk(), -posture.trunk(), view);
        } else {
            // the trunk bends sideways at the waist: the legs stay as the hips hold them
            limb(points, true, posture.near(), new Xy(HIP_HALF, 0), shoulders.plus(SHOULDER_HALF, trunk - 90),
                    -posture.trunk(), 0, view);
            // the far side is the near side's mirror image, of the mirrored trunk
            Map<Point, Xy> mirrored = new EnumMap<>(Point.class);
            double mirroredTrunk = 180 + posture.trunk();
            Xy mirroredShoulders = pelvis.plus(TRUNK - SHOULDER_DROP, mirroredTrunk);
            limb(mirrored, false, posture.far(), new Xy(HIP_HALF, 0), mirroredShoulders.plus(SHOULDER_HALF, mirroredTrunk - 90),
                    posture.trunk(), 0, view);
            mirrored.forEach((point, xy) -> points.put(point, xy.mirrored()));
        }
        return points;
    }

    /**
     * @param armDown the direction "down along the trunk", from which the shoulder's angle counts
     * @param legDown the direction from which the hip's angle counts: down the trunk in the side view
     *                (flexion is between trunk and thigh), straight down in the front view
     */
    private static void limb(Map<Point, Xy> points, boolean near, Limbs limbs, Xy hip, Xy shoulder, double armDown,
                             double legDown, View view) {
        double upperArm = armDown + limbs.shoulder();
        double forearm = upperArm + limbs.elbow();
        double thigh = legDown + limbs.hip();
        double shin = thigh - limbs.knee();
        double foot = footAngle(shin, limbs, view);
        Xy elbow = shoulder.plus(UPPER_ARM, upperArm);
        Xy knee = hip.plus(THIGH, thigh);
        Xy ankle = knee.plus(SHIN, shin);
        double footLength = view == View.SIDE ? FOOT : FRONT_FOOT;
        points.put(near ? Point.NEAR_SHOULDER : Point.FAR_SHOULDER, shoulder);
        points.put(near ? Point.NEAR_ELBOW : Point.FAR_ELBOW, elbow);
        points.put(near ? Point.NEAR_HAND : Point.FAR_HAND, elbow.plus(FOREARM, forearm));
        points.put(near ? Point.NEAR_HIP : Point.FAR_HIP, hip);
        points.put(near ? Point.NEAR_KNEE : Point.FAR_KNEE, knee);
        points.put(near ? Point.NEAR_ANKLE : Point.FAR_ANKLE, ankle);
        points.put(near ? Point.NEAR_TOE : Point.FAR_TOE, ankle.plus(footLength, foot));
        points.put(near ? Point.NEAR_HEEL : Point.FAR_HEEL, ankle.plus(3, foot + 180));
    }

    private static double footAngle(double shin, Limbs limbs, View view) {
        return view == View.SIDE ? shin + 90 + limbs.ankle() : shin + 90 + limbs.ankle() / 2.0;
    }

    // ---- framing ---------------------------------------------------------------------------

    /** The view box, the floor's height, and where each key posture's pelvis sits. */
    private record Frame(double minX, double minY, double maxX, double maxY, double floor, List<Xy> pelvis) {
        double width() {
            return maxX - minX;
        }

        double height() {
            return maxY - minY;
        }
    }

    /** Each key posture stands on the floor (its lowest point on it); the box holds them all. */
    private static Frame frame(Pose pose) {
        List<Xy> pelvis = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (Posture posture : pose.keys()) {
            Map<Point, Xy> points = joints(posture, pose.view());
            double lowest = -Double.MAX_VALUE;
            for (var entry : points.entrySet()) {
                lowest = Math.max(lowest, entry.getValue().y() + reach(entry.getKey()));
            }
            double shift = -lowest; // the floor is at y = 0
            pelvis.add(new Xy(0, shift));
            for (var entry : points.entrySet()) {
                double r = reach(entry.getKey());
                minX = Math.min(minX, entry.getValue().x() - r);
                maxX = Math.max(maxX, entry.getValue().x() + r);
                minY = Math.min(minY, entry.getValue().y() + shift - r);
            }
        }
        for (Prop prop : pose.props()) {
            if (prop == Prop.WALL) {
                maxX += 12;
            }
        }
        double floor = FLOOR_GAP + (pose.props().contains(Prop.STEP) ? STEP_HEIGHT : 0);
        return new Frame(minX - MARGIN, minY - MARGIN, maxX + MARGIN, floor + 4, floor, pelvis);
    }

    /** How far the drawing reaches beyond a point: the head's radius, half a stroke elsewhere. */
    private static double reach(Point point) {
        return switch (point) {
            case HEAD -> HEAD;
            case PELVIS, NECK -> 8;
            default -> 4;
        };
    }

    // ---- muscles ---------------------------------------------------------------------------

    /** 1 for a primary muscle, 0.5 for a secondary one. */
    private static Map<Muscle, Double> tints(Collection<Muscle> primary, Collection<Muscle> secondary) {
        Map<Muscle, Double> tints = new EnumMap<>(Muscle.class);
        secondary.forEach(muscle -> tints.put(muscle, 0.5));
        primary.forEach(muscle -> tints.put(muscle, 1.0));
        return tints;
    }

    /** Which side of a segment a muscle lies on: the front, the back, or along its middle. */
    private enum Face { FRONT, BACK, MIDDLE, INNER, OUTER }

    private enum Segment { TRUNK, NECK, UPPER_ARM, FOREARM, THIGH, SHIN, FOOT }

    /** Where a muscle is drawn: on which segment, which face, and from where to where along it (0 to 1). */
    private record Band(Muscle muscle, Segment segment, Face face, double from, double to) {
    }

    private static final List<Band> SIDE_BANDS = List.of(
            new Band(Muscle.CALF_GASTROCNEMIUS, Segment.SHIN, Face.BACK, 0.08, 0.55),
            new Band(Muscle.CALF_SOLEUS, Segment.SHIN, Face.BACK, 0.5, 0.88),
            new Band(Muscle.SHIN, Segment.SHIN, Face.FRONT, 0.12, 0.85),
            new Band(Muscle.FOOT, Segment.FOOT, Face.BACK, 0.1, 0.9),
            new Band(Muscle.HAMSTRINGS, Segment.THIGH, Face.BACK, 0.2, 0.88),
            new Band(Muscle.QUADRICEPS, Segment.THIGH, Face.FRONT, 0.2, 0.88),
            new Band(Muscle.HIP_FLEXORS, Segment.THIGH, Face.FRONT, -0.05, 0.2),
            new Band(Muscle.HIP_FLEXORS, Segment.TRUNK, Face.FRONT, 0.0, 0.22),
            new Band(Muscle.GLUTES, Segment.THIGH, Face.BACK, -0.08, 0.18),
            new Band(Muscle.GLUTES, Segment.TRUNK, Face.BACK, 0.0, 0.16),
            new Band(Muscle.ADDUCTORS, Segment.THIGH, Face.MIDDLE, 0.1, 0.65),
            new Band(Muscle.IT_BAND, Segment.THIGH, Face.MIDDLE, 0.25, 0.95),
            new Band(Muscle.LOWER_BACK, Segment.TRUNK, Face.BACK, 0.18, 0.5),
            new Band(Muscle.UPPER_BACK, Segment.TRUNK, Face.BACK, 0.55, 0.92),
            new Band(Muscle.CHEST, Segment.TRUNK, Face.FRONT, 0.58, 0.9),
            new Band(Muscle.SIDE, Segment.TRUNK, Face.MIDDLE, 0.3, 0.72),
            new Band(Muscle.OBLIQUES, Segment.TRUNK, Face.MIDDLE, 0.06, 0.3),
            new Band(Muscle.PIRIFORMIS, Segment.TRUNK, Face.BACK, -0.02, 0.08),
            new Band(Muscle.HIP_ABDUCTORS, Segment.THIGH, Face.MIDDLE, -0.05, 0.22),
            new Band(Muscle.SHOULDERS, Segment.UPPER_ARM, Face.MIDDLE, -0.08, 0.25),
            new Band(Muscle.ARMS, Segment.UPPER_ARM, Face.MIDDLE, 0.3, 0.95),
            new Band(Muscle.NECK, Segment.NECK, Face.MIDDLE, 0.0, 1.0));

    private static final List<Band> FRONT_BANDS = List.of(
            new Band(Muscle.CALF_GASTROCNEMIUS, Segment.SHIN, Face.OUTER, 0.08, 0.55),
            new Band(Muscle.CALF_SOLEUS, Segment.SHIN, Face.INNER, 0.45, 0.88),
            new Band(Muscle.SHIN, Segment.SHIN, Face.MIDDLE, 0.12, 0.85),
            new Band(Muscle.FOOT, Segment.FOOT, Face.MIDDLE, 0.0, 1.0),
            new Band(Muscle.HAMSTRINGS, Segment.THIGH, Face.OUTER, 0.25, 0.88),
            new Band(Muscle.QUADRICEPS, Segment.THIGH, Face.MIDDLE, 0.2, 0.88),
            new Band(Muscle.HIP_FLEXORS, Segment.THIGH, Face.MIDDLE, -0.05, 0.18),
            new Band(Muscle.GLUTES, Segment.THIGH, Face.OUTER, -0.1, 0.2),
            new Band(Muscle.ADDUCTORS, Segment.THIGH, Face.INNER, 0.05, 0.7),
            new Band(Muscle.IT_BAND, Segment.THIGH, Face.OUTER, 0.2, 0.95),
            new Band(Muscle.LOWER_BACK, Segment.TRUNK, Face.MIDDLE, 0.05, 0.35),
            new Band(Muscle.UPPER_BACK, Segment.TRUNK, Face.MIDDLE, 0.6, 0.92),
            new Band(Muscle.CHEST, Segment.TRUNK, Face.MIDDLE, 0.6, 0.92),
            new Band(Muscle.SIDE, Segment.TRUNK, Face.OUTER, 0.25, 0.75),
            new Band(Muscle.OBLIQUES, Segment.TRUNK, Face.OUTER, 0.06, 0.25),
            // seen from the front the outer hip tops the thigh's outer side; the piriformis lies behind, at the pelvis's edge
            new Band(Muscle.HIP_ABDUCTORS, Segment.THIGH, Face.OUTER, -0.12, 0.08),
            new Band(Muscle.PIRIFORMIS, Segment.TRUNK, Face.OUTER, -0.02, 0.05),
            new Band(Muscle.SHOULDERS, Segment.UPPER_ARM, Face.MIDDLE, -0.1, 0.22),
            new Band(Muscle.ARMS, Segment.UPPER_ARM, Face.MIDDLE, 0.3, 0.95),
            new Band(Muscle.NECK, Segment.NECK, Face.MIDDLE, 0.0, 1.0));

    /** The muscles a pose can show, in a view: every muscle of the taxonomy has a place in both. */
    public static Set<Muscle> drawable(View view) {
        Set<Muscle> muscles = EnumSet.noneOf(Muscle.class);
        (view == View.SIDE ? SIDE_BANDS : FRONT_BANDS).forEach(band -> muscles.add(band.muscle()));
        return muscles;
    }

    // ---- drawing ---------------------------------------------------------------------------

    /** Draws one figure: nested joint groups, each turned to its angle in every key posture. */
    private static final class Drawing {
        private final Pose pose;
        private final Frame frame;
        private final Map<Muscle, Double> tints;
        private final PoseCanvas canvas;
        private final List<Band> bands;

        Drawing(Pose pose, Frame frame, Map<Muscle, Double> tints, PoseCanvas canvas) {
            this.pose = pose;
            this.frame = frame;
            this.tints = tints;
            this.canvas = canvas;
            this.bands = pose.view() == View.SIDE ? SIDE_BANDS : FRONT_BANDS;
        }

        void figure() {
            canvas.open("body", frame.pelvis().stream().map(pelvis -> new PoseCanvas.Shift(pelvis.x(), pelvis.y())).toList());
            props(true);
            if (pose.view() == View.SIDE) {
                limbs(false);
                trunkAndHead();
                limbs(true);
            } else {
                canvas.openMirrored();
                limbs(false);
                canvas.close();
                trunkAndHead();
                limbs(true);
            }
            props(false);
            canvas.close();
        }

        /** The trunk, neck and head, turned with the trunk. */
        private void trunkAndHead() {
            canvas.open("trunk", turns(posture -> 180 - posture.trunk()));
            segment(Segment.TRUNK, TRUNK, 17, "body", true);
            shift(0, TRUNK);
            canvas.open("head", turns(posture -> -posture.neck()));
            segment(Segment.NECK, NECK + 2, 7, "body", true);
            canvas.circle("head", 0, NECK + HEAD, HEAD);
            canvas.close();
            canvas.close();
            canvas.close();
        }

        /** One side's leg and arm. The far side is drawn mirrored in the front view (by the caller). */
        private void limbs(boolean near) {
            String tone = near ? "near" : "far";
            boolean focused = pose.focus() == Focus.BOTH || (pose.focus() == Focus.NEAR) == near;
            java.util.function.Function<Posture, Limbs> side = near ? Posture::near : Posture::far;
            boolean front = pose.view() == View.FRONT;
            java.util.function.ToDoubleFunction<Posture> trunk = posture -> front && !near ? -posture.trunk() : posture.trunk();
            // the leg: from the hip, which the trunk turns in the side view only (a side bend is at the waist)
            shift(front ? HIP_HALF : 0, 0);
            canvas.open("hip", turns(posture -> (front ? 0 : -trunk.applyAsDouble(posture)) + side.apply(posture).hip()));
            segment(Segment.THIGH, THIGH, 11, tone, focused);
            shift(0, THIGH);
            canvas.open("knee", turns(posture -> -side.apply(posture).knee()));
            segment(Segment.SHIN, SHIN, 9, tone, focused);
            shift(0, SHIN);
            canvas.open("ankle", turns(posture -> 90 + (front ? side.apply(posture).ankle() / 2.0 : side.apply(posture).ankle())));
            segment(Segment.FOOT, front ? FRONT_FOOT : FOOT, 6, tone, focused);
            for (int group = 0; group < 6; group++) { // ankle, shin, knee, thigh, hip, hips' width
                canvas.close();
            }
            // the arm, from the shoulder: up the trunk, then out to the side in the front view
            canvas.open("trunk", turns(posture -> 180 - trunk.applyAsDouble(posture)));
            shift(front ? -SHOULDER_HALF : 0, TRUNK - SHOULDER_DROP);
            canvas.open("shoulder", turns(posture -> 180 + side.apply(posture).shoulder()));
            segment(Segment.UPPER_ARM, UPPER_ARM, 8, tone, focused);
            shift(0, UPPER_ARM);
            canvas.open("elbow", turns(posture -> side.apply(posture).elbow()));
            segment(Segment.FOREARM, FOREARM, 7, tone, focused);
            for (int group = 0; group < 5; group++) { // elbow, upper arm, shoulder, shoulders' width, trunk
                canvas.close();
            }
        }

        /** A group shifted the same in every key posture. */
        private void shift(double x, double y) {
            canvas.open("at", List.of(new PoseCanvas.Shift(x, y)));
        }

        /** Each key posture's angle for one joint. Our angles turn towards the facing direction, a canvas turns clockwise. */
        private List<PoseCanvas.Turn> turns(java.util.function.ToDoubleFunction<Posture> angle) {
            return pose.keys().stream().map(posture -> new PoseCanvas.Turn(-angle.applyAsDouble(posture))).toList();
        }

        /** A segment pointing down its group's y axis, with the bands of the muscles it carries. */
        private void segment(Segment segment, double length, double width, String tone, boolean focused) {
            canvas.line(tone, null, 0, 0, 0, length, width);
            for (Band band : bands) {
                Double tint = tints.get(band.muscle());
                boolean limb = segment != Segment.TRUNK && segment != Segment.NECK;
                if (band.segment() != segment || tint == null || (limb && !focused)) {
                    continue;
                }
                double offset = switch (band.face()) {
                    case MIDDLE -> 0;
                    // the trunk's front faces the other way from a limb's in its own frame (it points up)
                    case FRONT -> segment == Segment.TRUNK ? -(width / 2 - 2.2) : width / 2 - 2.2;
                    case BACK -> segment == Segment.TRUNK ? width / 2 - 2.2 : -(width / 2 - 2.2);
                    case OUTER -> width / 2 - 2;
                    case INNER -> -(width / 2 - 2);
                };
                canvas.line(tint >= 1.0 ? "muscle primary" : "muscle secondary", band.muscle(), offset, length * band.from(),
                        offset, length * band.to(), band.face() == Face.MIDDLE ? Math.min(width - 3, 5) : 3.6);
            }
        }

        /** Things the person uses: a wall ahead, a step under the feet, a band, a roller. */
        private void props(boolean behind) {
            Map<Point, Xy> points = joints(pose.keys().getFirst(), pose.view());
            Xy pelvis = frame.pelvis().getFirst();
            double floor = frame.floor() - pelvis.y(); // the floor, in the body group's units
            for (Prop prop : pose.props()) {
                switch (prop) {
                    case WALL -> {
                        if (behind) {
                            double top = frame.minY() - pelvis.y();
                            canvas.rect("prop", frame.maxX() - MARGIN - 8, top, 8, floor - top);
                        }
                    }
                    case STEP -> {
                        if (behind) {
                            Xy toe = points.get(Point.NEAR_TOE);
                            canvas.rect("prop", toe.x() - 10, toe.y() + 3, 26, floor - toe.y() - 3);
                        }
                    }
                    case BAND -> {
                        if (!behind) {
                            Xy hand = points.get(Point.NEAR_HAND);
                            Xy toe = points.get(Point.NEAR_TOE);
                            canvas.band(hand.x(), hand.y(), toe.x() + 1, toe.y() - 1);
                        }
                    }
                    case ROLLER -> {
                        if (behind) {
                            Xy knee = points.get(Point.NEAR_KNEE);
                            Xy ankle = points.get(Point.NEAR_ANKLE);
                            canvas.circle("prop", (knee.x() + ankle.x()) / 2, floor - 8, 8);
                        }
                    }
                    default -> throw new IllegalStateException("a prop without a drawing: " + prop);
                }
            }
        }
    }

    /** The figure as SVG: groups with transforms, and a CSS animation of the joints of a drill. */
    private static final class SvgCanvas implements PoseCanvas {
        private final StringBuilder svg;

        SvgCanvas(StringBuilder svg) {
            this.svg = svg;
        }

        @Override
        public void open(String joint, List<? extends Move> keys) {
            svg.append("<g class='j ").append(joint).append("' transform='").append(attribute(keys.getFirst())).append("'");
            if (keys.stream().distinct().count() > 1) {
                svg.append(" style='");
                for (int i = 0; i < keys.size(); i++) {
                    svg.append("--k").append(i).append(':').append(css(keys.get(i))).append(';');
                }
                svg.append("animation-name:limber-pose-").append(keys.size()).append("'");
            }
            svg.append('>');
        }

        @Override
        public void openMirrored() {
            svg.append("<g transform='scale(-1 1)'>");
        }

        @Override
        public void close() {
            svg.append("</g>");
        }

        @Override
        public void line(String tone, Muscle muscle, double x1, double y1, double x2, double y2, double width) {
            svg.append("<line class='").append(tone).append("'");
            if (muscle != null) {
                svg.append(" data-muscle='").append(muscle.name()).append("'");
            }
            svg.append(" x1='").append(number(x1)).append("' y1='").append(number(y1)).append("' x2='").append(number(x2))
                    .append("' y2='").append(number(y2)).append("' stroke-width='").append(number(width)).append("'/>");
        }

        @Override
        public void circle(String tone, double cx, double cy, double r) {
            svg.append("<circle class='").append(tone).append("' cx='").append(number(cx)).append("' cy='").append(number(cy))
                    .append("' r='").append(number(r)).append("'/>");
        }

        @Override
        public void rect(String tone, double x, double y, double width, double height) {
            svg.append("<rect class='").append(tone).append("' x='").append(number(x)).append("' y='").append(number(y))
                    .append("' width='").append(number(width)).append("' height='").append(number(height)).append("'/>");
        }

        @Override
        public void band(double x1, double y1, double x2, double y2) {
            svg.append("<path class='band' d='M").append(number(x1)).append(' ').append(number(y1)).append(" L")
                    .append(number(x2)).append(' ').append(number(y2)).append("'/>");
        }

        private static String attribute(Move move) {
            return switch (move) {
                case Turn turn -> "rotate(" + number(turn.degrees()) + ")";
                case Shift shift -> "translate(" + number(shift.x()) + " " + number(shift.y()) + ")";
            };
        }

        private static String css(Move move) {
            return switch (move) {
                case Turn turn -> "rotate(" + number(turn.degrees()) + "deg)";
                case Shift shift -> "translate(" + number(shift.x()) + "px," + number(shift.y()) + "px)";
            };
        }
    }

    /** A number as the markup writes it: to one decimal, without a trailing ".0". */
    public static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
