package app.limber.sharing.web;

import app.limber.body.Muscle;
import app.limber.body.Pose;
import app.limber.body.PoseCanvas;
import app.limber.body.PoseFigure;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/**
 * A stretch's figure drawn into the handout's PDF as vector graphics: the same drawing as on
 * the page ({@link PoseFigure}), its first key posture (paper does not move), in the handout's
 * print colours.
 */
final class PdfPoseCanvas implements PoseCanvas {

    private static final Color BODY = new Color(0x7d, 0x85, 0x8f);
    private static final Color FAR = new Color(0xc3, 0xc8, 0xce);
    private static final Color SECONDARY = new Color(0x8f, 0xc3, 0xbd);
    private static final Color PROP = new Color(0xd0, 0xd7, 0xde);
    private static final Color BAND = new Color(0x55, 0x55, 0x55);
    /** How far a quarter circle's control points lie from its ends, as a share of the radius. */
    private static final float KAPPA = 0.5523f;

    private final PDPageContentStream out;
    private final Color accent;

    private PdfPoseCanvas(PDPageContentStream out, Color accent) {
        this.out = out;
        this.accent = accent;
    }

    /**
     * Draws the figure to fit a box on the page, keeping its proportions.
     *
     * @param left   the box's left edge, in PDF points
     * @param top    the box's top edge (PDF's y grows upwards)
     */
    static void draw(PDPageContentStream out, Color accent, Pose pose, Collection<Muscle> primary, Collection<Muscle> secondary,
                     float left, float top, float width, float height) throws IOException {
        PoseFigure.Box box = PoseFigure.box(pose);
        float scale = (float) Math.min(width / box.width(), height / box.height());
        float x = left + (width - (float) box.width() * scale) / 2;
        out.saveGraphicsState();
        // the figure's units, y downwards, its box's top left at (x, top): X = x + (u - box.x) s, Y = top - (v - box.y) s
        out.transform(new Matrix(scale, 0, 0, -scale, x - (float) box.x() * scale, top + (float) box.y() * scale));
        out.setLineCapStyle(1);
        try {
            PoseFigure.draw(pose, primary, secondary, new PdfPoseCanvas(out, accent));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.restoreGraphicsState();
    }

    @Override
    public void open(String joint, List<? extends Move> keys) {
        run(() -> {
            out.saveGraphicsState();
            switch (keys.getFirst()) {
                case Turn turn -> {
                    double radians = Math.toRadians(turn.degrees());
                    float cos = (float) Math.cos(radians);
                    float sin = (float) Math.sin(radians);
                    out.transform(new Matrix(cos, sin, -sin, cos, 0, 0));
                }
                case Shift shift -> out.transform(Matrix.getTranslateInstance((float) shift.x(), (float) shift.y()));
            }
        });
    }

    @Override
    public void openMirrored() {
        run(() -> {
            out.saveGraphicsState();
            out.transform(new Matrix(-1, 0, 0, 1, 0, 0));
        });
    }

    @Override
    public void close() {
        run(out::restoreGraphicsState);
    }

    @Override
    public void line(String tone, Muscle muscle, double x1, double y1, double x2, double y2, double width) {
        run(() -> {
            out.setStrokingColor(colour(tone));
            out.setLineWidth((float) width);
            out.moveTo((float) x1, (float) y1);
            out.lineTo((float) x2, (float) y2);
            out.stroke();
        });
    }

    @Override
    public void circle(String tone, double cx, double cy, double r) {
        run(() -> {
            float x = (float) cx;
            float y = (float) cy;
            float radius = (float) r;
            float k = KAPPA * radius;
            out.setNonStrokingColor(colour(tone));
            out.moveTo(x + radius, y);
            out.curveTo(x + radius, y + k, x + k, y + radius, x, y + radius);
            out.curveTo(x - k, y + radius, x - radius, y + k, x - radius, y);
            out.curveTo(x - radius, y - k, x - k, y - radius, x, y - radius);
            out.curveTo(x + k, y - radius, x + radius, y - k, x + radius, y);
            out.fill();
        });
    }

    @Override
    public void rect(String tone, double x, double y, double width, double height) {
        run(() -> {
            out.setNonStrokingColor(colour(tone));
            out.addRect((float) x, (float) y, (float) width, (float) height);
            out.fill();
        });
    }

    @Override
    public void band(double x1, double y1, double x2, double y2) {
        run(() -> {
            out.saveGraphicsState();
            out.setStrokingColor(BAND);
            out.setLineWidth(1.5f);
            out.setLineDashPattern(new float[]{3, 2}, 0);
            out.moveTo((float) x1, (float) y1);
            out.lineTo((float) x2, (float) y2);
            out.stroke();
            out.restoreGraphicsState();
        });
    }

    private Color colour(String tone) {
        return switch (tone) {
            case "far" -> FAR;
            case "muscle primary" -> accent;
            case "muscle secondary" -> SECONDARY;
            case "floor", "prop" -> PROP;
            default -> BODY; // "body", "near", "head"
        };
    }

    private interface Drawing {
        void run() throws IOException;
    }

    private static void run(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
