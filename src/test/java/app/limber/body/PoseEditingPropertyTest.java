package app.limber.body;

import app.limber.body.Pose.Joint;
import app.limber.body.Pose.Limbs;
import app.limber.body.Pose.Posture;
import app.limber.body.Pose.View;
import app.limber.body.PoseEditing.Handle;
import app.limber.body.PoseFigure.Xy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dragging a joint's handle poses the figure the way the coach sees it: a handle let go where
 * it already is changes nothing, one let go anywhere turns only its own joint and keeps it
 * inside the joint's range.
 */
class PoseEditingPropertyTest {

    @Property(tries = 300)
    void aHandleLetGoWhereItIsChangesNothing(@ForAll("views") View view, @ForAll("seeds") long seed, @ForAll("handles") Handle handle) {
        Pose still = Pose.still(view, Pose.Focus.BOTH, List.of(), posture(view, new Random(seed)));
        Xy at = PoseFigure.placed(still).get(handle.point());

        Posture after = PoseEditing.dragged(still, handle, at);

        Posture before = still.keys().getFirst();
        assertThat(Math.abs(angle(after, handle) - angle(before, handle))).as(handle.name()).isLessThanOrEqualTo(1);
    }

    @Property(tries = 300)
    void aHandleLetGoAnywhereTurnsOnlyItsJointAndKeepsItInRange(@ForAll("views") View view, @ForAll("seeds") long seed,
                                                               @ForAll("handles") Handle handle,
                                                               @ForAll("places") double x, @ForAll("places") double y) {
        Pose still = Pose.still(view, Pose.Focus.BOTH, List.of(), posture(view, new Random(seed)));

        Posture after = PoseEditing.dragged(still, handle, new Xy(x, y));

        Posture before = still.keys().getFirst();
        Pose moved = Pose.still(view, Pose.Focus.BOTH, List.of(), after);
        assertThat(moved.problems()).isEmpty();
        for (Handle other : Handle.values()) {
            if (other.joint() != handle.joint() || other.near() != handle.near()) {
                assertThat(angle(after, other)).as(other.name()).isEqualTo(angle(before, other));
            }
        }
    }

    private static int angle(Posture posture, Handle handle) {
        return switch (handle.joint()) {
            case TRUNK -> posture.trunk();
            case NECK -> posture.neck();
            default -> (handle.near() ? posture.near() : posture.far()).angle(handle.joint());
        };
    }

    /** A posture well inside every range, so that a handle where it is does not sit on a range's end. */
    private static Posture posture(View view, Random random) {
        java.util.function.ToIntFunction<Joint> inside = joint -> {
            int min = joint.min(view) + 10;
            int max = joint.max(view) - 10;
            return min + random.nextInt(max - min + 1);
        };
        return new Posture(inside.applyAsInt(Joint.TRUNK), inside.applyAsInt(Joint.NECK), limbs(inside), limbs(inside));
    }

    private static Limbs limbs(java.util.function.ToIntFunction<Joint> inside) {
        return new Limbs(inside.applyAsInt(Joint.SHOULDER), inside.applyAsInt(Joint.ELBOW), inside.applyAsInt(Joint.HIP),
                inside.applyAsInt(Joint.KNEE), inside.applyAsInt(Joint.ANKLE));
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
    Arbitrary<Handle> handles() {
        return Arbitraries.of(Handle.values());
    }

    @Provide
    Arbitrary<Double> places() {
        return Arbitraries.doubles().between(-200, 200);
    }
}
