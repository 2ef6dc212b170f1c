package app.limber.body;

import app.limber.body.Pose.Focus;
import app.limber.body.Pose.Limbs;
import app.limber.body.Pose.Posture;
import app.limber.body.Pose.View;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PoseFigureTest {

    /** Standing on the far leg, the near knee bent and the heel at the seat: a standing quad stretch. */
    private static final Pose QUAD = Pose.still(View.SIDE, Focus.NEAR, List.of(),
            new Posture(0, 0, new Limbs(-24, 0, -10, 150, -40), new Limbs(60, 15, 0, 0, 0)));

    @Test
    void theMusclesAStretchWorksAreDrawnOnTheFigurePrimaryStrongSecondaryLight() {
        String svg = PoseFigure.svg(QUAD, List.of(Muscle.QUADRICEPS), List.of(Muscle.HIP_FLEXORS), PoseFigure.Side.LEFT, "Quad");

        assertThat(svg).contains("class='muscle primary' data-muscle='QUADRICEPS'", "class='muscle secondary' data-muscle='HIP_FLEXORS'");
        assertThat(svg).doesNotContain("data-muscle='HAMSTRINGS'");
    }

    @Test
    void onlyTheLimbsThatCarryTheStretchAreHighlighted() {
        String near = PoseFigure.svg(QUAD, List.of(Muscle.QUADRICEPS), List.of(), PoseFigure.Side.LEFT, "Quad");
        Pose both = new Pose(View.SIDE, Focus.BOTH, List.of(), null, QUAD.keys());
        String bothLegs = PoseFigure.svg(both, List.of(Muscle.QUADRICEPS), List.of(), PoseFigure.Side.LEFT, "Quad");

        assertThat(count(near, "data-muscle='QUADRICEPS'")).isEqualTo(1);
        assertThat(count(bothLegs, "data-muscle='QUADRICEPS'")).isEqualTo(2);
    }

    @Test
    void theRightSideIsTheLeftSidesMirrorImage() {
        String left = PoseFigure.svg(QUAD, List.of(Muscle.QUADRICEPS), List.of(), PoseFigure.Side.LEFT, "Quad");
        String right = PoseFigure.svg(QUAD, List.of(Muscle.QUADRICEPS), List.of(), PoseFigure.Side.RIGHT, "Quad");
        PoseFigure.Box box = PoseFigure.box(QUAD);

        String mirror = "<g transform='matrix(-1 0 0 1 " + PoseFigure.number(2 * box.x() + box.width()) + " 0)'>";
        int open = left.indexOf('>') + 1;
        assertThat(right).isEqualTo(left.substring(0, open) + mirror + left.substring(open, left.length() - "</svg>".length()) + "</g></svg>");
    }

    @Test
    void aStillPoseDoesNotMoveAndADrillMovesEveryJointThatChangesBetweenItsKeys() {
        Posture forward = new Posture(0, 0, new Limbs(15, 20, 60, 10, -10), Limbs.RELAXED);
        Posture back = new Posture(0, 0, new Limbs(15, 20, -25, 10, -15), Limbs.RELAXED);
        Pose swing = new Pose(View.SIDE, Focus.NEAR, List.of(), null, List.of(forward, back));

        String still = PoseFigure.svg(QUAD, List.of(), List.of(), PoseFigure.Side.LEFT, "Quad");
        String moving = PoseFigure.svg(swing, List.of(), List.of(), PoseFigure.Side.LEFT, "Leg swing");

        assertThat(still).doesNotContain("animation-name").startsWith("<svg xmlns='http://www.w3.org/2000/svg' class='limber-pose' ");
        assertThat(moving).contains("class='limber-pose moves'");
        // the near hip swings from 60° forward to 25° back (a canvas turns the other way); the near knee holds still
        assertThat(moving).contains("--k0:rotate(-60deg);--k1:rotate(25deg);animation-name:limber-pose-2");
        assertThat(count(moving, "animation-name")).isEqualTo(2); // the hip and the ankle change, nothing else
    }

    @Test
    void theLabelIsTextNeverMarkup() {
        String svg = PoseFigure.svg(QUAD, List.of(), List.of(), PoseFigure.Side.LEFT, "Quad <script>alert('x')</script> & co");
        assertThat(svg).contains("aria-label='Quad &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co'").doesNotContain("<script>");
    }

    @Test
    void everyMuscleHasAPlaceOnTheFigureInBothViews() {
        for (View view : View.values()) {
            assertThat(PoseFigure.drawable(view)).as(view.name()).containsExactlyInAnyOrder(Muscle.values());
        }
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
