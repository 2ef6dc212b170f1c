package app.limber.sharing.web;

import app.limber.body.Muscle;
import app.limber.coaching.PublishedRoutine;
import app.limber.coaching.PublishedStep;
import app.limber.library.Contraindication;
import app.limber.library.Position;
import app.limber.library.Purpose;
import app.limber.library.StretchKind;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.sharing.SharedRoutine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A step's structured cautions are printed under "Take care", in the athlete's words, before its own cautions. */
class HandoutCautionsTest {

    private static final String OWN = "Stop if your heel hurts.";

    @Test
    void theHandoutPageListsTheStructuredCautionsFirstUnderTakeCare() {
        String html = HandoutPage.render(handout(List.of(Contraindication.BLOOD_CLOT, Contraindication.PREGNANCY)), Paper.A4, "", "/pdf", "/letter");

        String list = html.substring(html.indexOf("<ul class=\"handout-cautions\">"));
        assertThat(list.indexOf(text(Contraindication.PREGNANCY))).isPositive()
                .isLessThan(list.indexOf(text(Contraindication.BLOOD_CLOT)));
        assertThat(list.indexOf(text(Contraindication.BLOOD_CLOT))).isLessThan(list.indexOf(OWN));
        assertThat(HandoutPage.render(handout(List.of()), Paper.A4, "", "/pdf", "/letter"))
                .doesNotContain(text(Contraindication.BLOOD_CLOT)).contains(OWN);
    }

    @Test
    void thePdfPrintsThemToo() throws Exception {
        try (PDDocument document = Loader.loadPDF(HandoutPdf.render(handout(List.of(Contraindication.HIGH_BLOOD_PRESSURE)), Paper.A4))) {
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(printed).contains("Take care:", "High blood pressure or glaucoma? This one puts your head below your heart", OWN);
        }
    }

    private static String text(Contraindication contraindication) {
        return contraindication.caution().replace("'", "&#39;");
    }

    private static Handout handout(List<Contraindication> contraindications) {
        var dose = new StepDose(30, 1, Sides.EACH_SIDE, null, 0, "");
        var step = new PublishedStep(1, 1, "Wall calf", "Lean into a wall.", List.of("Lean in."), List.of(), List.of(OWN),
                StretchKind.STATIC, Position.STANDING, List.of(Muscle.CALF_GASTROCNEMIUS), List.of(), dose, null, List.of(), null,
                contraindications);
        var routine = new PublishedRoutine("Calves", "", Purpose.values()[0], 60, List.of(step));
        return new Handout(new SharedRoutine("token", "Casey", 1, routine), null, "");
    }
}
