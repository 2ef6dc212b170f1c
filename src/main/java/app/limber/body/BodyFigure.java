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
    private record Region(Muscle muscle, String shapes, List<TouchTarget> targets) {
        Region(Muscle muscle, String shapes) {
            this(muscle, shapes, List.of());
        }
    }

    /**
     * A region's area to tap in the {@link #touchSvg touch figure}, in SVG units: a transparent
     * rectangle around what is drawn, so that aiming at the drawing is never needed.
     */
    public record TouchTarget(Muscle muscle, int x, int y, int width, int height) {

        boolean overlaps(TouchTarget other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }
    }


    private static final List<Region> REGIONS = regions();

    /** Width of one touch cell in SVG units, drawn at least one CSS pixel per unit (see {@link #TOUCH_WIDTH}). */
    public static final int TOUCH_CELL = 44;

    /** Width of one figure of the touch layout: an arm, the trunk (two cells) and an arm. */
    private static final int TOUCH_FIGURE = 4 * TOUCH_CELL;

    /**
     * Width of the touch layout's view box: front and back side by side with a small gap. It
     * fits the 358 px that a 390 px phone leaves for content, so a cell stays at least 44 px.
     */
    public static final int TOUCH_WIDTH = 2 * TOUCH_FIGURE + 4;

    private static final int TOUCH_HEIGHT = 530;


    private static final List<Region> TOUCH_REGIONS = touchRegions();

    private BodyFigure() {
    }

    /**
     * The figure with these intensities (muscles not in the map are grey).
     *
     * @param interactive whether regions are buttons (role, pressed state, label), the first
     *                    one drawn the figure's one tab stop
     */
    public static String svg(Map<Muscle, Double> intensity, boolean interactive) {
        return interactive ? svg(intensity, null) : svg(intensity, false, null);
    }

    /**
     * The figure whose regions are buttons, with one tab stop for the whole figure (a roving
     * tabindex): the first region of {@code tabStop} (or, when null, the first region drawn) has
     * {@code tabindex='0'}, every other region {@code '-1'}, focusable by script and by a click.
     */
    public static String svg(Map<Muscle, Double> intensity, Muscle tabStop) {
        return svg(intensity, true, tabStop);
    }

    private static String svg(Map<Muscle, Double> intensity, boolean interactive, Muscle tabStop) {
        var svg = new StringBuilder(4096);
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 214' focusable='false'>");
        svg.append(outline(FRONT_X, shown("body-figure.front"))).append(outline(BACK_X, shown("body-figure.back")));
        boolean tabStopGiven = false;
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
                        .append(escape(muscle.words().shown())).append("'");
                boolean isTabStop = !tabStopGiven && (tabStop == null || tabStop == muscle);
                tabStopGiven |= isTabStop;
                svg.append(isTabStop ? " tabindex='0'" : " tabindex='-1'");
            }
            svg.append("><title>").append(escape(muscle.words().shown())).append("</title>")
                    .append(region.shapes()).append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The figure to tap on a phone (the pain report): the same muscles in chunkier shapes, each
     * side of each muscle with its own area of at least {@value #TOUCH_CELL} × {@value #TOUCH_CELL}
     * units, no two areas overlapping, and the athlete's left and right written under the feet.
     * Regions are always buttons; the first region drawn is the figure's one tab stop.
     */
    public static String touchSvg(Map<Muscle, Double> intensity) {
        return touchSvg(intensity, null);
    }

    /** The touch figure with one tab stop, on {@code tabStop}'s first area (the first drawn when null). */
    public static String touchSvg(Map<Muscle, Double> intensity, Muscle tabStop) {
        var svg = new StringBuilder(8192);
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(TOUCH_WIDTH).append(' ')
                .append(TOUCH_HEIGHT).append("' focusable='false'>");
        String left = shown("body-figure.left");
        String right = shown("body-figure.right");
        svg.append(touchOutline(0, shown("body-figure.front"), right, left))
                .append(touchOutline(TOUCH_FIGURE + 4, shown("body-figure.back"), left, right));
        boolean tabStopGiven = false;
        for (Region region : TOUCH_REGIONS) {
            Muscle muscle = region.muscle();
            boolean chosen = intensity.getOrDefault(muscle, 0.0) >= 1.0;
            boolean isTabStop = !tabStopGiven && (tabStop == null || tabStop == muscle);
            tabStopGiven |= isTabStop;
            svg.append("<g data-muscle='").append(muscle.name()).append("' class='muscle").append(chosen ? " selected" : "")
                    .append("' role='button' aria-pressed='").append(chosen).append("' aria-label='").append(escape(muscle.words().shown()))
                    .append(isTabStop ? "' tabindex='0'>" : "' tabindex='-1'>").append("<title>").append(escape(muscle.words().shown())).append("</title>");
            for (TouchTarget target : region.targets()) {
                svg.append("<rect class='target' x='").append(target.x()).append("' y='").append(target.y())
                        .append("' width='").append(target.width()).append("' height='").append(target.height()).append("'/>");
            }
            svg.append(region.shapes()).append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Every area to tap on the touch figure, each side of each muscle apart. */
    public static List<TouchTarget> touchTargets() {
        return TOUCH_REGIONS.stream().flatMap(region -> region.targets().stream()).toList();
    }

    /** Every muscle on the touch figure. */
    public static Set<Muscle> touchMuscles() {
        Set<Muscle> drawn = EnumSet.noneOf(Muscle.class);
        TOUCH_REGIONS.forEach(region -> drawn.add(region.muscle()));
        return drawn;
    }

    /** Every muscle drawn on the figure, in drawing order. */
    public static Set<Muscle> drawnMuscles() {
        Set<Muscle> drawn = EnumSet.noneOf(Muscle.class);
        REGIONS.forEach(region -> drawn.add(region.muscle()));
        return drawn;
    }

    /** Words drawn on the figure, in the UI's language (English outside a UI), escaped for the markup. */
    private static String shown(String key) {
        return escape(app.limber.base.Words.of(key).shown());
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
                // the sides of the belly, inside the flanks
                add(regions, Muscle.OBLIQUES, rect(x - 10, 62, 7, 20, 3), rect(x + 3, 62, 7, 20, 3));
                add(regions, Muscle.HIP_FLEXORS, ellipse(x - 9, 90, 6, 5), ellipse(x + 9, 90, 6, 5));
                add(regions, Muscle.QUADRICEPS, rect(x - 13, 100, 9, 44, 4), rect(x + 4, 100, 9, 44, 4));
                add(regions, Muscle.ADDUCTORS, rect(x - 4, 100, 3, 26, 1), rect(x + 1, 100, 3, 26, 1));
                add(regions, Muscle.SHIN, rect(x - 12, 150, 6, 38, 3), rect(x + 6, 150, 6, 38, 3));
            } else {
                add(regions, Muscle.UPPER_BACK, rect(x - 16, 34, 32, 26, 6));
                add(regions, Muscle.LOWER_BACK, rect(x - 12, 62, 24, 22, 5));
                add(regions, Muscle.GLUTES, ellipse(x - 8, 94, 8, 8), ellipse(x + 8, 94, 8, 8));
                // drawn over the glutes: the band deep across the middle of each buttock, and the outer hip above the IT band
                add(regions, Muscle.PIRIFORMIS, rect(x - 14, 86, 12, 4, 2), rect(x + 2, 86, 12, 4, 2));
                add(regions, Muscle.HIP_ABDUCTORS, rect(x - 19, 82, 4, 18, 2), rect(x + 15, 82, 4, 18, 2));
                add(regions, Muscle.HAMSTRINGS, rect(x - 13, 106, 9, 40, 4), rect(x + 4, 106, 9, 40, 4));
                add(regions, Muscle.CALF_GASTROCNEMIUS, rect(x - 14, 150, 9, 20, 4), rect(x + 5, 150, 9, 20, 4));
                add(regions, Muscle.CALF_SOLEUS, rect(x - 13, 171, 7, 18, 3), rect(x + 6, 171, 7, 18, 3));
            }
        }
        return Collections.unmodifiableList(regions);
    }

    /** A figure's silhouette for the touch layout, with the athlete's sides named under the feet. */
    private static String touchOutline(int x, String label, String underLeftFoot, String underRightFoot) {
        return "<g class='outline' aria-hidden='true'>"
                + circle(x + 88, 21, 19)
                + rect(x + 76, 36, 24, 24, 6)
                + rect(x + 40, 56, 96, 192, 22)
                + rect(x + 6, 62, 34, 180, 16) + rect(x + 136, 62, 34, 180, 16)
                + rect(x + 18, 236, 68, 118, 22) + rect(x + 90, 236, 68, 118, 22)
                + rect(x + 24, 340, 48, 122, 18) + rect(x + 104, 340, 48, 122, 18)
                + ellipse(x + 44, 476, 26, 14) + ellipse(x + 132, 476, 26, 14)
                + "<text x='" + (x + 44) + "' y='506' text-anchor='middle'>" + underLeftFoot + "</text>"
                + "<text x='" + (x + 132) + "' y='506' text-anchor='middle'>" + underRightFoot + "</text>"
                + "<text x='" + (x + 88) + "' y='522' text-anchor='middle' class='view'>" + label + "</text>"
                + "</g>";
    }

    /**
     * Where each muscle is on the touch layout. Cells are {@value #TOUCH_CELL} units: arms in
     * the outer columns, the trunk in the middle two; the front legs stand a little apart with
     * the adductors between them, the back legs carry the IT band on their outer side.
     */
    private static List<Region> touchRegions() {
        List<Region> regions = new ArrayList<>();
        int c = TOUCH_CELL;
        for (int x : new int[]{0, TOUCH_FIGURE + 4}) {
            boolean front = x == 0;
            touch(regions, Muscle.NECK, rect(x + 76, 40, 24, 30, 6), new int[]{x + 66, 40, c, c});
            touch(regions, Muscle.SHOULDERS, ellipse(x + 28, 78, 18, 16) + ellipse(x + 148, 78, 18, 16),
                    new int[]{x, 56, c, c}, new int[]{x + 132, 56, c, c});
            touch(regions, Muscle.ARMS, rect(x + 10, 102, 26, 136, 12) + rect(x + 140, 102, 26, 136, 12),
                    new int[]{x, 100, c, 144}, new int[]{x + 132, 100, c, 144});
            if (front) {
                touch(regions, Muscle.CHEST, rect(x + 46, 86, 84, 40, 14), new int[]{x + 44, 84, 2 * c, c});
                touch(regions, Muscle.SIDE, rect(x + 46, 130, 84, 40, 14), new int[]{x + 44, 128, 2 * c, c});
                touch(regions, Muscle.OBLIQUES, rect(x + 48, 174, 38, 40, 12) + rect(x + 90, 174, 38, 40, 12),
                        new int[]{x + 44, 172, c, c}, new int[]{x + 88, 172, c, c});
                touch(regions, Muscle.HIP_FLEXORS, ellipse(x + 66, 238, 19, 18) + ellipse(x + 110, 238, 19, 18),
                        new int[]{x + 44, 216, c, c}, new int[]{x + 88, 216, c, c});
                touch(regions, Muscle.QUADRICEPS, rect(x + 24, 262, 40, 80, 16) + rect(x + 112, 262, 40, 80, 16),
                        new int[]{x + 22, 260, c, 84}, new int[]{x + 110, 260, c, 84});
                touch(regions, Muscle.ADDUCTORS, rect(x + 68, 262, 16, 64, 7) + rect(x + 92, 262, 16, 64, 7),
                        new int[]{x + 66, 260, c, 84});
                touch(regions, Muscle.SHIN, rect(x + 30, 358, 30, 92, 13) + rect(x + 116, 358, 30, 92, 13),
                        new int[]{x + 22, 356, c, 94}, new int[]{x + 110, 356, c, 94});
            } else {
                touch(regions, Muscle.UPPER_BACK, rect(x + 46, 86, 84, 40, 14), new int[]{x + 44, 84, 2 * c, c});
                touch(regions, Muscle.LOWER_BACK, rect(x + 50, 130, 76, 40, 12), new int[]{x + 44, 128, 2 * c, c});
                touch(regions, Muscle.GLUTES, ellipse(x + 67, 194, 20, 19) + ellipse(x + 109, 194, 20, 19),
                        new int[]{x + 44, 172, c, c}, new int[]{x + 88, 172, c, c});
                // deep in the buttock, under the glutes: a band across each side
                touch(regions, Muscle.PIRIFORMIS, rect(x + 48, 226, 38, 24, 10) + rect(x + 90, 226, 38, 24, 10),
                        new int[]{x + 44, 216, c, c}, new int[]{x + 88, 216, c, c});
                // the outer hip, above the IT band on the outer side of each thigh
                touch(regions, Muscle.HIP_ABDUCTORS, rect(x + 18, 250, 22, 40, 9) + rect(x + 136, 250, 22, 40, 9),
                        new int[]{x, 248, c, c}, new int[]{x + 132, 248, c, c});
                touch(regions, Muscle.IT_BAND, rect(x + 20, 296, 18, 48, 8) + rect(x + 138, 296, 18, 48, 8),
                        new int[]{x, 292, c, 56}, new int[]{x + 132, 292, c, 56});
                touch(regions, Muscle.HAMSTRINGS, rect(x + 46, 264, 38, 80, 16) + rect(x + 92, 264, 38, 80, 16),
                        new int[]{x + 44, 260, c, 88}, new int[]{x + 88, 260, c, 88});
                touch(regions, Muscle.CALF_GASTROCNEMIUS, rect(x + 28, 358, 40, 44, 16) + rect(x + 108, 358, 40, 44, 16),
                        new int[]{x + 22, 356, c, 48}, new int[]{x + 110, 356, c, 48});
                touch(regions, Muscle.CALF_SOLEUS, rect(x + 32, 406, 32, 42, 12) + rect(x + 112, 406, 32, 42, 12),
                        new int[]{x + 22, 404, c, 46}, new int[]{x + 110, 404, c, 46});
            }
            touch(regions, Muscle.FOOT, ellipse(x + 44, 476, 22, 11) + ellipse(x + 132, 476, 22, 11),
                    new int[]{x + 18, 454, 48, c}, new int[]{x + 110, 454, 48, c});
        }
        return Collections.unmodifiableList(regions);
    }

    private static void touch(List<Region> regions, Muscle muscle, String shapes, int[]... areas) {
        List<TouchTarget> targets = new ArrayList<>();
        for (int[] area : areas) {
            targets.add(new TouchTarget(muscle, area[0], area[1], area[2], area[3]));
        }
        regions.add(new Region(muscle, shapes, List.copyOf(targets)));
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
