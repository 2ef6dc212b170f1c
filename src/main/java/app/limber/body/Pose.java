package app.limber.body;

import app.limber.base.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a person stands, sits or lies in a stretch, as joint angles: what {@link PoseFigure}
 * draws. A still stretch has one posture; a dynamic drill has two or three key postures that
 * the figure moves between.
 *
 * <p>Angles are degrees, the way a physio measures them. In the {@link View#SIDE side view}
 * the person faces right; {@code near} limbs are the ones towards the viewer (the left ones),
 * {@code far} limbs those behind. In the {@link View#FRONT front view} {@code near} limbs are
 * on the viewer's right (the person's left), {@code far} ones on the viewer's left.
 *
 * @param view   which way the person is seen
 * @param focus  which limbs carry the stretch: the muscles are highlighted on those only
 * @param props  things drawn with the person
 * @param motion how the key postures follow each other (only for more than one)
 * @param keys   one posture, or two or three key postures of a drill
 */
public record Pose(View view, Focus focus, List<Prop> props, Motion motion, List<Posture> keys) {

    /** Joint angles a human body reaches, per view; {@link #problems()} checks every posture against them. */
    public enum Joint {
        TRUNK(-180, 180, -60, 60), NECK(-50, 70, -45, 45),
        SHOULDER(-60, 185, -95, 185), ELBOW(0, 150, -150, 150),
        HIP(-35, 160, -40, 95), KNEE(0, 165, -60, 165), ANKLE(-50, 35, -30, 30);

        private final int sideMin;
        private final int sideMax;
        private final int frontMin;
        private final int frontMax;

        Joint(int sideMin, int sideMax, int frontMin, int frontMax) {
            this.sideMin = sideMin;
            this.sideMax = sideMax;
            this.frontMin = frontMin;
            this.frontMax = frontMax;
        }

        public int min(View view) {
            return view == View.SIDE ? sideMin : frontMin;
        }

        public int max(View view) {
            return view == View.SIDE ? sideMax : frontMax;
        }
    }

    public enum View { SIDE, FRONT }

    public enum Focus { NEAR, FAR, BOTH }

    public enum Prop { WALL, STEP, BAND, ROLLER }

    /** {@code SWING}: back and forth through the key postures, and again. */
    public enum Motion { STILL, SWING }

    /**
     * One posture.
     *
     * @param trunk how far the body is turned from upright (not a joint, so any angle): forwards in the side view (90 is lying face
     *              down, -90 lying on the back), towards the viewer's right in the front view
     * @param neck  the head bent forwards (side) or to the viewer's right (front) from the trunk
     */
    public record Posture(Integer trunk, Integer neck, Limbs near, Limbs far) {
        public Posture {
            trunk = Objects.requireNonNullElse(trunk, 0);
            neck = Objects.requireNonNullElse(neck, 0);
            near = Objects.requireNonNullElse(near, Limbs.RELAXED);
            far = Objects.requireNonNullElse(far, Limbs.RELAXED);
        }
    }

    /**
     * One side's arm and leg. Side view: shoulder and hip flexion (forwards is positive, 180 is the
     * arm overhead), elbow and knee flexion, ankle dorsiflexion (toes towards the shin). Front view:
     * shoulder and hip abduction (away from the body), elbow and knee bending towards the middle.
     */
    public record Limbs(Integer shoulder, Integer elbow, Integer hip, Integer knee, Integer ankle) {
        public static final Limbs RELAXED = new Limbs(0, 10, 0, 0, 0);

        /** An angle left out is 0: the joint in its neutral position. */
        public Limbs {
            shoulder = Objects.requireNonNullElse(shoulder, 0);
            elbow = Objects.requireNonNullElse(elbow, 0);
            hip = Objects.requireNonNullElse(hip, 0);
            knee = Objects.requireNonNullElse(knee, 0);
            ankle = Objects.requireNonNullElse(ankle, 0);
        }

        public int angle(Joint joint) {
            return switch (joint) {
                case SHOULDER -> shoulder;
                case ELBOW -> elbow;
                case HIP -> hip;
                case KNEE -> knee;
                case ANKLE -> ankle;
                case TRUNK, NECK -> throw new IllegalArgumentException(joint + " is not a limb's joint");
            };
        }
    }

    public Pose {
        Objects.requireNonNull(view, "view");
        focus = Objects.requireNonNullElse(focus, Focus.BOTH);
        props = props == null ? List.of() : List.copyOf(props);
        keys = keys == null ? List.of() : List.copyOf(keys);
        motion = keys.size() < 2 ? Motion.STILL : Objects.requireNonNullElse(motion, Motion.SWING);
    }

    /** A pose of one posture. */
    public static Pose still(View view, Focus focus, List<Prop> props, Posture posture) {
        return new Pose(view, focus, props, Motion.STILL, List.of(posture));
    }

    public boolean moves() {
        return keys.size() > 1;
    }

    /**
     * What is wrong with this pose, in English; empty when every angle of every posture is inside
     * what a body reaches. {@link #problemWords()} are the same, in the reader's language.
     */
    public List<String> problems() {
        return problemWords().stream().map(Words::english).toList();
    }

    /** What is wrong with this pose, as words ({@code pose.*}); empty when every angle is one a body reaches. */
    public List<Words> problemWords() {
        List<Words> problems = new ArrayList<>();
        if (keys.isEmpty() || keys.size() > 3) {
            problems.add(Words.of("pose.key-count", keys.size()));
        }
        for (int i = 0; i < keys.size(); i++) {
            Posture posture = keys.get(i);
            Integer key = keys.size() > 1 ? i + 1 : null;
            check(problems, key, Words.of("pose.the-trunk"), Joint.TRUNK, posture.trunk());
            check(problems, key, Words.of("pose.the-neck"), Joint.NECK, posture.neck());
            for (Joint joint : List.of(Joint.SHOULDER, Joint.ELBOW, Joint.HIP, Joint.KNEE, Joint.ANKLE)) {
                check(problems, key, limb(joint, true), joint, posture.near().angle(joint));
                check(problems, key, limb(joint, false), joint, posture.far().angle(joint));
            }
        }
        return problems;
    }

    private void check(List<Words> problems, Integer key, Words what, Joint joint, int angle) {
        if (angle < joint.min(view) || angle > joint.max(view)) {
            problems.add(key == null ? Words.of("pose.out-of-range", what, angle, joint.min(view), joint.max(view))
                    : Words.of("pose.out-of-range-in-key", key, what, angle, joint.min(view), joint.max(view)));
        }
    }

    /** "the near knee": a limb's joint, near or far. */
    private static Words limb(Joint joint, boolean near) {
        return Words.of(switch (joint) {
            case SHOULDER -> near ? "pose.the-near-shoulder" : "pose.the-far-shoulder";
            case ELBOW -> near ? "pose.the-near-elbow" : "pose.the-far-elbow";
            case HIP -> near ? "pose.the-near-hip" : "pose.the-far-hip";
            case KNEE -> near ? "pose.the-near-knee" : "pose.the-far-knee";
            case ANKLE -> near ? "pose.the-near-ankle" : "pose.the-far-ankle";
            case TRUNK, NECK -> throw new IllegalArgumentException(joint + " is not a limb's joint");
        });
    }
}
