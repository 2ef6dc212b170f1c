package app.limber.sharing.web;

import app.limber.account.SignUp;
import app.limber.coaching.PublishingService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.support.Fixtures.Person;
import app.limber.support.LimberTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The handout's PDF prints names, titles and notes in any script as the coach typed them. */
class HandoutPdfNamesTest extends LimberTest {

    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired SharingService sharing;

    @Test
    void polishGreekAndCyrillicPrintAsTypedAndWhatNoFontDrawsIsAVisibleReplacement() throws Exception {
        Person coach = given.aCoach(new SignUp("julia@example.com", "Юлия Смирнова", "julia-password-1"));
        authenticateAs(coach.email());
        RoutineDetails routine = given.aRoutine(coach, 2);
        routine = routines.describe(routine.id(), "Łódź track cool-down", "Spokojnie \u2192 \u6f22\u5b57", null);
        routine = routines.changeStep(routine.id(), routine.steps().getFirst().id(),
                new StepDose(30, 1, Sides.EACH_SIDE, null, 10, "Ελένη: breathe out slowly"));
        publishing.publish(routine.id(), "");
        String token = sharing.create(routine.id(), "Club", null, Pin.LATEST_PUBLISHED).token();

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/s/" + token + "/handout.pdf")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Łódź track cool-down", "From Юлия Смирнова", "Note from your coach: Ελένη: breathe out slowly");
            assertThat(text).as("what the font cannot draw shows as the replacement glyph, not a gap")
                    .contains("Spokojnie \u2192 \ufffd\ufffd");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Łódź track cool-down");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Юлия Смирнова");
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).as("a subset of DejaVu Sans").matches("[A-Z]{6}\\+DejaVuSans.*");
            });
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", screenshots.resolve("handout-pdf-names.png").toFile());
        }
        assertThat(pdf.body().length).as("subset on embedding, not the whole font files").isLessThan(200_000);
    }
}
