package app.limber.routine;

import app.limber.body.Muscle;
import app.limber.library.Contraindication;
import app.limber.library.Equipment;
import app.limber.library.Position;
import app.limber.library.Purpose;
import app.limber.library.StretchKind;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * A routine as an open file ({@code docs/routine-format.md}, schema
 * {@code routine/routine-format.schema.json}): the routine, its steps with their doses and the
 * full content of every stretch it uses, with no ids and no dates, so that exporting an
 * imported file gives the same file again.
 *
 * @param stretches every stretch the steps use, in the order they are first used
 */
public record RoutineFile(String format, int version, String title, String description, Purpose purpose,
                          List<Step> steps, List<Stretch> stretches) {

    /** The value of {@code format}. */
    public static final String FORMAT = "limber-routine";
    /** The version of the format this Limber writes and reads. */
    public static final int VERSION = 1;

    /**
     * One step.
     *
     * @param stretch           the {@link Stretch#slug} of its stretch in this file
     * @param untilReleased     each hold lasts until the cramp releases instead of {@code holdSeconds};
     *                          left out (files written before it): false
     * @param releaseMaxSeconds the longest such a hold lasts; left out: Limber's default
     */
    public record Step(String stretch, int holdSeconds, int reps, Sides sides, Integer secondSideHoldSeconds,
                       int restSeconds, String note, Boolean untilReleased, Integer releaseMaxSeconds) {
    }

    /**
     * One stretch's full content.
     *
     * @param slug    a built-in stretch's name in every Limber; for a coach's own, a key within the file
     * @param builtIn whether it is one of Limber's built-in stretches (an importing Limber uses its own copy)
     * @param pose    the figure as the body package stores it ({@code PoseJson}), or null
     * @param contraindications who should not do it, or not without asking first; left out (files
     *                          written before it): none
     */
    public record Stretch(String slug, boolean builtIn, String name, String summary, List<String> instructions,
                          List<String> cues, List<String> cautions, StretchKind kind, Position position,
                          List<Equipment> equipment, List<Purpose> purposes, int holdSeconds, int reps, boolean perSide,
                          List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, String source, List<String> sources,
                          boolean stepsWrittenByUs, JsonNode pose, List<Contraindication> contraindications) {
    }
}
