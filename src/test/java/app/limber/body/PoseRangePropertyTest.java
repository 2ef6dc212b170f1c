package app.limber.body;

import app.limber.body.Pose.Joint;
import app.limber.body.Pose.Limbs;
import app.limber.body.Pose.Posture;
import app.limber.body.Pose.View;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on a pose's joint angles hold for any pose: inside every joint's human range a
 * pose has no problem; one angle past its range is named, with the range; and whatever the
 * posture, the figure is framed whole and its markup is well formed.
 */
class PoseRangePropertyTest {

    @Property(tries = 400)
    void aPoseInsideEveryRangeHasNoProblem(@ForAll("views") View view, @ForAll("seeds") long seed) {
        Pose pose = Pose.still(view, Pose.Focus.BOTH, List.of(), posture(view, seed, null, 0));
        assertThat(pose.problems()).isEmpty();
    }

    @Property(tries = 400)
    void oneAnglePastItsRangeIsNamedWithTheRange(@ForAll("views") View view, @ForAll("seeds") long seed,
                                                 @ForAll("joints") Joint joint, @ForAll("overshoots") int overshoot) {
        Posture posture = posture(view, seed, joint, overshoot);
        Pose pose = Pose.still(view, Pose.Focus.BOTH, List.of(), posture);

        assertThat(pose.problems()).hasSize(1);
        assertThat(pose.problems().getFirst())
                .contains(joint.name().toLowerCase(java.util.Locale.ROOT))
                .contains("a body reaches " + joint.min(view) + "° to " + joint.max(view) + "°");
    }

    @Property(tries = 300)
    void whateverThePostureEveryJointIsInsideTheFiguresBox(@ForAll("views") View view, @ForAll("seeds") long seed) {
        Posture posture = posture(view, seed, null, 0);
        Pose pose = Pose.still(view, Pose.Focus.BOTH, List.of(), posture);
        PoseFigure.Box box = PoseFigure.box(pose);
        Map<PoseFigure.Point, PoseFigure.Xy> points = PoseFigure.joints(posture, view);
        double lowest = points.values().stream().mapToDouble(PoseFigure.Xy::y).max().orElseThrow();

        for (PoseFigure.Xy point : points.values()) {
            double y = point.y() - lowest; // as drawn: the lowest point on the floor
            assertThat(point.x()).isBetween(box.x(), box.x() + box.width());
            assertThat(y).isBetween(box.y(), box.y() + box.height());
        }
        String svg = PoseFigure.svg(pose, List.of(Muscle.HAMSTRINGS), List.of(), PoseFigure.Side.LEFT, "x");
        assertThat(count(svg, "<g")).as("every group is closed").isEqualTo(count(svg, "</g>"));
    }

    /** A posture with every angle inside its range, drawn from the seed; one joint may be pushed past its range. */
    private static Posture posture(View view, long seed, Joint pushed, int overshoot) {
        var random = new java.util.Random(seed);
        java.util.function.ToIntFunction<Joint> angle = joint -> {
            if (joint == pushed) {
                return random.nextBoolean() ? joint.max(view) + overshoot : joint.min(view) - overshoot;
            }
            return joint.min(view) + random.nextInt(joint.max(view) - joint.min(view) + 1);
        };
        int trunk = angle.applyAsInt(Joint.TRUNK);
        int neck = angle.applyAsInt(Joint.NECK);
        Limbs near = new Limbs(angle.applyAsInt(Joint.SHOULDER), angle.applyAsInt(Joint.ELBOW), angle.applyAsInt(Joint.HIP),
                angle.applyAsInt(Joint.KNEE), angle.applyAsInt(Joint.ANKLE));
        // the far limbs stay inside, so that the one pushed angle is the only problem
        Limbs far = new Limbs(inside(random, view, Joint.SHOULDER), inside(random, view, Joint.ELBOW), inside(random, view, Joint.HIP),
                inside(random, view, Joint.KNEE), inside(random, view, Joint.ANKLE));
        return new Posture(trunk, neck, near, far);
    }

    private static int inside(java.util.Random random, View view, Joint joint) {
        return joint.min(view) + random.nextInt(joint.max(view) - joint.min(view) + 1);
    }

    private static long count(String text, String part) {
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(part)).matcher(text).results().count();
    }

    @Provide
    Arbitrary<View> views() {
        return Arbitraries.of(View.values());
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<Joint> joints() {
        return Arbitraries.of(Joint.values()).filter(joint -> joint != Joint.TRUNK); // the body may be turned any way
    }

    @Provide
    Arbitrary<Integer> overshoots() {
        return Arbitraries.integers().between(1, 60);
    }
}
