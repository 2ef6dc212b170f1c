package app.limber.sharing.web;

import app.limber.body.Muscle;
import app.limber.body.Pose;
import app.limber.body.Pose.Focus;
import app.limber.body.Pose.Limbs;
import app.limber.body.Pose.Posture;
import app.limber.body.Pose.View;
import app.limber.coaching.PublishedRoutine;
import app.limber.coaching.PublishedStep;
import app.limber.library.Position;
import app.limber.library.Purpose;
import app.limber.library.StretchKind;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.sharing.SharedRoutine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A step's figure is printed with it: in the handout page as SVG, in the PDF as vector graphics. */
class HandoutFigureTest {

    private static final Pose WALL_CALF = Pose.still(View.SIDE, Focus.NEAR, List.of(Pose.Prop.WALL),
            new Posture(18, 0, new Limbs(75, 25, -22, 0, 22), new Limbs(80, 20, 30, 38, 8)));

    @Test
    void theHandoutPageDrawsTheFigureOfEachStepThatHasOne() {
        String html = HandoutPage.render(handout(WALL_CALF), Paper.A4, "", "/pdf", "/letter");

        assertThat(count(html, "class='limber-pose")).isEqualTo(1);
        assertThat(html).contains("<div class=\"handout-figure\"><svg", "aria-label='Wall calf &lt;b&gt;, as a figure'")
                .doesNotContain("Wall calf <b>");
    }

    @Test
    void thePdfDrawsTheFigureAsLinesAndCurvesNotAsAPicture() throws IOException {
        try (PDDocument withFigure = Loader.loadPDF(HandoutPdf.render(handout(WALL_CALF), Paper.A4));
             PDDocument without = Loader.loadPDF(HandoutPdf.render(handout(null), Paper.A4))) {
            List<String> drawn = operators(withFigure);
            List<String> plain = operators(without);

            // a floor, a trunk, a neck, two legs of three segments, two arms of two, the calf: lines; the head: four curves
            assertThat(drawn.stream().filter("l"::equals).count()).isGreaterThanOrEqualTo(14);
            assertThat(drawn.stream().filter("c"::equals).count()).isGreaterThanOrEqualTo(4);
            assertThat(drawn).contains("cm", "S", "f");
            assertThat(plain).doesNotContain("l", "c");
            assertThat(withFigure.getPage(0).getResources().getXObjectNames()).as("no embedded image").isEmpty();
        }
    }

    private static Handout handout(Pose pose) {
        var dose = new StepDose(30, 1, Sides.EACH_SIDE, null, 0, "");
        var step = new PublishedStep(1, 1, "Wall calf <b>", "Lean into a wall.", List.of("Lean in."), List.of(), List.of(),
                StretchKind.STATIC, Position.STANDING, List.of(Muscle.CALF_GASTROCNEMIUS), List.of(), dose, pose);
        var routine = new PublishedRoutine("Calves", "", Purpose.values()[0], 60, List.of(step));
        return new Handout(new SharedRoutine("token", "Casey", 1, routine), null, "");
    }

    private static List<String> operators(PDDocument document) throws IOException {
        return new PDFStreamParser(document.getPage(0)).parse().stream()
                .filter(token -> token instanceof Operator).map(token -> ((Operator) token).getName()).toList();
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
