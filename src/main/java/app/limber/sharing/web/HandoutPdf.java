package app.limber.sharing.web;

import app.limber.coaching.PublishedStep;
import app.limber.sharing.LinkQrCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The printable handout as a PDF, laid out on the server with Apache PDFBox: the same
 * content as {@link HandoutPage}, on A4 or US Letter, the QR code drawn as vector squares.
 * Text is set in DejaVu Sans (shipped in {@code resources/fonts} with its licence), embedded as a subset
 * of the characters used, so names in Latin, Greek or Cyrillic print as typed; a character it cannot draw
 * becomes the replacement glyph "\ufffd".
 */
final class HandoutPdf implements AutoCloseable {

    private static final float MARGIN = 48;
    private static final float QR_SIDE = 96;
    private static final float FIGURE_WIDTH = 64;
    private static final float FIGURE_HEIGHT = 76;
    private static final Color ACCENT = new Color(0x0f, 0x76, 0x6e);
    private static final Color MUTED = new Color(0x44, 0x4c, 0x56);

    /** The font files, read once: each PDF parses them again and embeds only the glyphs it uses. */
    private static final byte[] REGULAR = fontFile("DejaVuSans.ttf");
    private static final byte[] BOLD = fontFile("DejaVuSans-Bold.ttf");
    private static final byte[] ITALIC = fontFile("DejaVuSans-Oblique.ttf");
    private static final String REPLACEMENT = "\ufffd";

    private final PDDocument document = new PDDocument();
    private final PDFont regular = embedded(REGULAR);
    private final PDFont bold = embedded(BOLD);
    private final PDFont italic = embedded(ITALIC);
    private final PDRectangle paper;
    private final Locale reader;
    private PDPageContentStream out;
    private int pageNumber;
    private float y;
    /** Below this height on the first page the text may use the full width (the QR code sits above it). */
    private float qrBottom = Float.MAX_VALUE;
    /** Above this height on the current page the text leaves room on the right for a step's figure. */
    private float figureBottom = Float.MAX_VALUE;

    private HandoutPdf(PDRectangle paper, Locale reader) {
        this.paper = paper;
        this.reader = reader;
    }

    private static byte[] fontFile(String name) {
        try (InputStream in = HandoutPdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The handout font /fonts/" + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont embedded(byte[] fontFile) {
        try {
            return PDType0Font.load(document, new RandomAccessReadBuffer(fontFile), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] render(Handout handout, Paper paper) {
        try (var pdf = new HandoutPdf(paper.pdfSize, handout.reader())) {
            return pdf.write(handout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(Handout handout) throws IOException {
        var routine = handout.routine();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(printable(routine.title(), regular));
        info.setAuthor(printable(routine.coachName(), regular));
        info.setCreator("Limber");
        newPage();
        if (handout.link() != null) {
            drawQrCode(handout);
        }
        paragraph("Limber", bold, 11, ACCENT, 0);
        y -= 4;
        paragraph(routine.title(), bold, 20, Color.BLACK, 0);
        paragraph(HandoutWords.text(reader, "handout.from", routine.coachName(), routine.version()), regular, 11, MUTED, 0);
        paragraph(HandoutWords.purpose(routine.purpose(), reader) + " \u00b7 " + HandoutWords.length(routine, reader),
                regular, 11, MUTED, 0);
        if (!routine.description().isBlank()) {
            y -= 4;
            paragraph(routine.description(), regular, 11, Color.BLACK, 0);
        }
        y = Math.min(y, qrBottom) - 14;
        int number = 1;
        for (PublishedStep step : routine.steps()) {
            step(number++, step);
        }
        out.close();
        var bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    private void step(int number, PublishedStep step) throws IOException {
        ensureRoom(step.pose() == null ? 70 : FIGURE_HEIGHT + 10);
        if (step.pose() != null) {
            PdfPoseCanvas.draw(out, ACCENT, step.pose(), step.primaryMuscles(), step.secondaryMuscles(),
                    paper.getWidth() - MARGIN - FIGURE_WIDTH, y, FIGURE_WIDTH, FIGURE_HEIGHT);
            figureBottom = y - FIGURE_HEIGHT;
        }
        paragraph(number + ". " + step.name(), bold, 13, Color.BLACK, 0);
        paragraph(HandoutWords.dose(step.dose(), reader), regular, 11, ACCENT, 14);
        String muscles = HandoutWords.muscles(step, reader);
        if (!muscles.isEmpty()) {
            paragraph(HandoutWords.text(reader, "handout.muscles") + " " + muscles, regular, 10, MUTED, 14);
        }
        int line = 1;
        for (String instruction : step.instructions()) {
            paragraph(line++ + ". " + instruction, regular, 10, Color.BLACK, 24);
        }
        if (!step.contraindications().isEmpty() || !step.cautions().isEmpty()) {
            paragraph(HandoutWords.text(reader, "handout.take-care-colon"), bold, 10, Color.BLACK, 14);
            for (String caution : java.util.stream.Stream.concat(HandoutWords.contraindicationCautions(step, reader).stream(),
                    step.cautions().stream()).toList()) {
                paragraph("\u2022 " + caution, regular, 10, Color.BLACK, 24);
            }
        }
        if (!step.dose().note().isBlank()) {
            paragraph(HandoutWords.text(reader, "handout.coach-note") + " " + step.dose().note(), italic, 10, Color.BLACK, 14);
        }
        if (figureBottom != Float.MAX_VALUE) {
            y = Math.min(y, figureBottom);
            figureBottom = Float.MAX_VALUE;
        }
        y -= 10;
    }

    private void drawQrCode(Handout handout) throws IOException {
        LinkQrCode code = LinkQrCode.of(handout.link());
        float module = QR_SIDE / code.size();
        float left = paper.getWidth() - MARGIN - QR_SIDE;
        float top = y;
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < code.size(); row++) {
            for (int column = 0; column < code.size(); column++) {
                if (code.isDark(column, row)) {
                    out.addRect(left + column * module, top - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
        float captionTop = top - QR_SIDE - 10;
        List<String> caption = wrap(handout.linkCaption(), regular, 8, QR_SIDE + 20);
        for (String line : caption) {
            text(line, regular, 8, MUTED, left - 10, captionTop);
            captionTop -= 10;
        }
        qrBottom = captionTop;
    }

    /** Writes wrapped text from the current height down, starting new pages as needed. */
    private void paragraph(String text, PDFont font, float size, Color color, float indent) throws IOException {
        float leading = size * 1.35f;
        for (String source : text.split("\\R")) {
            float width = paper.getWidth() - 2 * MARGIN - indent - (y > qrBottom ? QR_SIDE + 24 : 0)
                    - (y > figureBottom ? FIGURE_WIDTH + 12 : 0);
            for (String line : wrap(source, font, size, width)) {
                ensureRoom(leading);
                text(line, font, size, color, MARGIN + indent, y - size);
                y -= leading;
            }
        }
    }

    private void text(String line, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, baseline);
        out.showText(line);
        out.endText();
    }

    private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : printable(text, font).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
            // a word longer than the line is cut where it has to be
            while (width(line.toString(), font, size) > width && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && width(line.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with every character the font cannot draw replaced by the replacement glyph (and tabs by spaces). */
    private static String printable(String text, PDFont font) {
        var result = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint == '\t' || codePoint == '\u00a0' ? ' ' : codePoint);
            try {
                font.encode(character);
                result.append(character);
            } catch (IOException | IllegalArgumentException cannotShow) {
                result.append(REPLACEMENT);
            }
        });
        return result.toString();
    }

    private void ensureRoom(float height) throws IOException {
        if (y - height < MARGIN + 14) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        var page = new PDPage(paper);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        pageNumber++;
        y = paper.getHeight() - MARGIN;
        if (pageNumber > 1) {
            qrBottom = Float.MAX_VALUE;
        }
        figureBottom = Float.MAX_VALUE;
        text(HandoutWords.text(reader, "handout.page", pageNumber), regular, 8, MUTED, MARGIN, MARGIN - 16);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
