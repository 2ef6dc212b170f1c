package app.limber.body;

import app.limber.body.Pose.Joint;
import app.limber.body.Pose.Limbs;
import app.limber.body.Pose.Posture;
import app.limber.body.Pose.View;
import app.limber.body.PoseFigure.Point;
import app.limber.body.PoseFigure.Xy;

import java.util.Map;

/**
 * Posing a figure by dragging its joints: a handle dragged to a point turns the joint above it
 * so that the segment between them points there, kept inside the joint's human range. What a
 * handle turns: the neck the trunk, the head the neck, an elbow the shoulder, a hand the elbow,
 * a knee the hip, an ankle the knee, the toes the ankle.
 */
public final class PoseEditing {

    /** The handles a coach can drag, with the joint each one turns. */
    public enum Handle {
        NECK(Joint.TRUNK, true), HEAD(Joint.NECK, true),
        NEAR_ELBOW(Joint.SHOULDER, true), NEAR_HAND(Joint.ELBOW, true), NEAR_KNEE(Joint.HIP, true),
        NEAR_ANKLE(Joint.KNEE, true), NEAR_TOE(Joint.ANKLE, true),
        FAR_ELBOW(Joint.SHOULDER, false), FAR_HAND(Joint.ELBOW, false), FAR_KNEE(Joint.HIP, false),
        FAR_ANKLE(Joint.KNEE, false), FAR_TOE(Joint.ANKLE, false);

        private final Joint joint;
        private final boolean near;

        Handle(Joint joint, boolean near) {
            this.joint = joint;
            this.near = near;
        }

        public Joint joint() {
            return joint;
        }

        public boolean near() {
            return near;
        }

        /** The point of the figure the handle sits on. */
        public Point point() {
            return Point.valueOf(name());
        }
    }

    private PoseEditing() {
    }

    /**
     * The posture with the handle's joint turned towards the target.
     *
     * @param target where the handle was let go, in the figure's box (see {@link PoseFigure#placed})
     */
    public static Posture dragged(Pose still, Handle handle, Xy target) {
        Posture posture = still.keys().getFirst();
        View view = still.view();
        Map<Point, Xy> placed = PoseFigure.placed(still);
        boolean mirrored = view == View.FRONT && !handle.near() && handle.joint() != Joint.TRUNK && handle.joint() != Joint.NECK;
        // the far side of the front view is drawn as the near side's mirror image, of the mirrored trunk
        double trunk = mirrored ? -posture.trunk() : posture.trunk();
        Limbs limbs = handle.near() ? posture.near() : posture.far();
        double towards = angle(placed.get(parentOf(handle)), target, mirrored);
        double armDown = -trunk;
        double legDown = view == View.SIDE ? -trunk : 0;
        double upperArm = armDown + limbs.shoulder();
        double thigh = legDown + limbs.hip();
        double shin = thigh - limbs.knee();
        double value = switch (handle.joint()) {
            case TRUNK -> 180 - towards;
            case NECK -> (180 - posture.trunk()) - towards;
            case SHOULDER -> towards - armDown;
            case ELBOW -> towards - upperArm;
            case HIP -> towards - legDown;
            case KNEE -> thigh - towards;
            case ANKLE -> view == View.SIDE ? towards - shin - 90 : 2 * (towards - shin - 90);
        };
        int angle = clamp(handle.joint(), view, normalised(value));
        return switch (handle.joint()) {
            case TRUNK -> new Posture(angle, posture.neck(), posture.near(), posture.far());
            case NECK -> new Posture(posture.trunk(), angle, posture.near(), posture.far());
            default -> {
                Limbs moved = with(limbs, handle.joint(), angle);
                yield handle.near() ? new Posture(posture.trunk(), posture.neck(), moved, posture.far())
                        : new Posture(posture.trunk(), posture.neck(), posture.near(), moved);
            }
        };
    }

    /** The limbs with one joint's angle changed. */
    public static Limbs with(Limbs limbs, Joint joint, int angle) {
        return new Limbs(joint == Joint.SHOULDER ? angle : limbs.shoulder(), joint == Joint.ELBOW ? angle : limbs.elbow(),
                joint == Joint.HIP ? angle : limbs.hip(), joint == Joint.KNEE ? angle : limbs.knee(),
                joint == Joint.ANKLE ? angle : limbs.ankle());
    }

    private static Point parentOf(Handle handle) {
        String side = handle.near() ? "NEAR_" : "FAR_";
        return switch (handle) {
            case NECK -> Point.PELVIS;
            case HEAD -> Point.NECK;
            default -> Point.valueOf(side + switch (handle.joint()) {
                case SHOULDER -> "SHOULDER";
                case ELBOW -> "ELBOW";
                case HIP -> "HIP";
                case KNEE -> "KNEE";
                case ANKLE -> "ANKLE";
                case TRUNK, NECK -> throw new IllegalStateException(handle.name());
            });
        };
    }

    /** The direction from one point to another as our angles count it: 0 is down, 90 is where the figure faces. */
    private static double angle(Xy from, Xy to, boolean mirrored) {
        double dx = (to.x() - from.x()) * (mirrored ? -1 : 1);
        return Math.toDegrees(Math.atan2(dx, to.y() - from.y()));
    }

    private static double normalised(double degrees) {
        double angle = degrees % 360;
        if (angle > 180) {
            angle -= 360;
        } else if (angle <= -180) {
            angle += 360;
        }
        return angle;
    }

    private static int clamp(Joint joint, View view, double angle) {
        return (int) Math.max(joint.min(view), Math.min(joint.max(view), Math.round(angle)));
    }
}
