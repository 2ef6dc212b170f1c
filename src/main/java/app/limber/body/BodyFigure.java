package app.limber.body;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The schematic front and back figure as SVG markup: pure drawing, no component and no
 * state. The outlines are drawn once; where each muscle sits is a fixed table. What varies
 * is how strongly each muscle is tinted (1 = selected, in the accent colour; between 0 and
 * 1 = worked, by intensity; 0 = grey) and whether regions are buttons.
 *
 * <p>The markup is made only from our own shapes and muscle names (escaped), never from
 * anything a person typed.
 */
public final class BodyFigure {

    private static final int FRONT_X = 50;
    private static final int BACK_X = 150;

    /** One muscle's shapes on one figure (a muscle seen from front and back has two). */
    private record Region(Muscle muscle, String shapes) {
    }

    private static final String OUTLINES = outline(FRONT_X, "Front") + outline(BACK_X, "Back");

    private static final List<Region> REGIONS = regions();

    private BodyFigure() {
    }

    /**
     * The figure with these intensities (muscles not in the map are grey).
     *
     * @param interactive whether regions are buttons (role, pressed state, label, and one tab
     *                    stop per muscle)
     */
    public static String svg(Map<Muscle, Double> intensity, boolean interactive) {
        var svg = new StringBuilder(4096);
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 214' focusable='false'>");
        svg.append(OUTLINES);
        Set<Muscle> tabStopGiven = EnumSet.noneOf(Muscle.class);
        for (Region region : REGIONS) {
            Muscle muscle = region.muscle();
            double value = intensity.getOrDefault(muscle, 0.0);
            svg.append("<g data-muscle='").append(muscle.name()).append("' class='muscle")
                    .append(value >= 1.0 ? " selected" : value > 0 ? " worked" : "").append("'");
            if (value > 0 && value < 1.0) {
                svg.append(" style='fill-opacity:").append(String.format(Locale.ROOT, "%.2f", 0.25 + value * 0.6)).append("'");
            }
            if (interactive) {
                svg.append(" role='button' aria-pressed='").append(value >= 1.0).append("' aria-label='")
                        .append(escape(muscle.label())).append("'");
                if (tabStopGiven.add(muscle)) {
                    svg.append(" tabindex='0'");
                }
            }
            svg.append("><title>").append(escape(muscle.label())).append("</title>")
                    .append(region.shapes()).append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Every muscle drawn on the figure, in drawing order. */
    public static Set<Muscle> drawnMuscles() {
        Set<Muscle> drawn = EnumSet.noneOf(Muscle.class);
        REGIONS.forEach(region -> drawn.add(region.muscle()));
        return drawn;
    }

    private static String outline(int x, String label) {
        return "<g class='outline' aria-hidden='true'>"
                + circle(x, 11, 9)
                + rect(x - 19, 26, 38, 68, 9)
                + rect(x - 29, 30, 9, 62, 4) + rect(x + 20, 30, 9, 62, 4)
                + rect(x - 17, 92, 16, 104, 6) + rect(x + 1, 92, 16, 104, 6)
                + "<text x='" + x + "' y='213' text-anchor='middle'>" + label + "</text>"
                + "</g>";
    }

    /** Where each muscle is drawn: front figure, back figure, or both; left and right. */
    private static List<Region> regions() {
        List<Region> regions = new ArrayList<>();
        for (int x : new int[]{FRONT_X, BACK_X}) {
            boolean front = x == FRONT_X;
            add(regions, Muscle.NECK, rect(x - 4, 20, 8, 7, 2));
            add(regions, Muscle.SHOULDERS, ellipse(x - 21, 33, 7, 6), ellipse(x + 21, 33, 7, 6));
            add(regions, Muscle.ARMS, rect(x - 28, 41, 7, 44, 3), rect(x + 21, 41, 7, 44, 3));
            add(regions, Muscle.IT_BAND, rect(x - 17, 104, 4, 40, 2), rect(x + 13, 104, 4, 40, 2));
            add(regions, Muscle.FOOT, ellipse(x - 9, 198, 7, 4), ellipse(x + 9, 198, 7, 4));
            if (front) {
                add(regions, Muscle.CHEST, rect(x - 16, 34, 32, 17, 6));
                add(regions, Muscle.SIDE, rect(x - 17, 54, 6, 28, 3), rect(x + 11, 54, 6, 28, 3), rect(x - 9, 53, 18, 5, 2));
                add(regions, Muscle.HIP_FLEXORS, ellipse(x - 9, 90, 6, 5), ellipse(x + 9, 90, 6, 5));
                add(regions, Muscle.QUADRICEPS, rect(x - 13, 100, 9, 44, 4), rect(x + 4, 100, 9, 44, 4));
                add(regions, Muscle.ADDUCTORS, rect(x - 4, 100, 3, 26, 1), rect(x + 1, 100, 3, 26, 1));
                add(regions, Muscle.SHIN, rect(x - 12, 150, 6, 38, 3), rect(x + 6, 150, 6, 38, 3));
            } else {
                add(regions, Muscle.UPPER_BACK, rect(x - 16, 34, 32, 26, 6));
                add(regions, Muscle.LOWER_BACK, rect(x - 12, 62, 24, 22, 5));
                add(regions, Muscle.GLUTES, ellipse(x - 8, 94, 8, 8), ellipse(x + 8, 94, 8, 8));
                add(regions, Muscle.HAMSTRINGS, rect(x - 13, 106, 9, 40, 4), rect(x + 4, 106, 9, 40, 4));
                add(regions, Muscle.CALF_GASTROCNEMIUS, rect(x - 14, 150, 9, 20, 4), rect(x + 5, 150, 9, 20, 4));
                add(regions, Muscle.CALF_SOLEUS, rect(x - 13, 171, 7, 18, 3), rect(x + 6, 171, 7, 18, 3));
            }
        }
        return Collections.unmodifiableList(regions);
    }

    private static void add(List<Region> regions, Muscle muscle, String... shapes) {
        regions.add(new Region(muscle, String.join("", shapes)));
    }

    private static String rect(int x, int y, int width, int height, int radius) {
        return "<rect x='" + x + "' y='" + y + "' width='" + width + "' height='" + height + "' rx='" + radius + "'/>";
    }

    private static String ellipse(int cx, int cy, int rx, int ry) {
        return "<ellipse cx='" + cx + "' cy='" + cy + "' rx='" + rx + "' ry='" + ry + "'/>";
    }

    private static String circle(int cx, int cy, int r) {
        return "<circle cx='" + cx + "' cy='" + cy + "' r='" + r + "'/>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
