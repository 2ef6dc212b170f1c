package app.limber.coaching;

import app.limber.body.Muscle;

import java.util.List;
import java.util.Set;

/**
 * How a session ended, as the player reports it (with the athlete's feedback, if given then).
 *
 * @param complete   false for a session stopped part-way
 * @param painWhere  where it hurt; empty for no pain
 * @param stepsDone  how many steps were done (with {@code steps}: those whose outcome is done; in logs from
 *                   before outcomes were recorded, how many steps the athlete reached); 0 with stepsTotal 0 when not known
 * @param stepsTotal how many steps the routine has
 * @param version    the version played; 0 for "the latest"
 * @param steps      what became of each step, in the routine's order (the player service decides
 *                   it); then {@code complete} must be "every step done". Null when not known.
 */
public record SessionReport(long routineId, boolean complete, Feeling feeling, boolean pain, Set<Muscle> painWhere,
                            String note, int stepsDone, int stepsTotal, int version, List<StepResult> steps) {

    public SessionReport {
        painWhere = painWhere == null ? Set.of() : Set.copyOf(painWhere);
        note = note == null ? "" : note;
        steps = steps == null ? null : List.copyOf(steps);
    }

    /** A report without each step's outcome (as before they were recorded). */
    public SessionReport(long routineId, boolean complete, Feeling feeling, boolean pain, Set<Muscle> painWhere,
                         String note, int stepsDone, int stepsTotal, int version) {
        this(routineId, complete, feeling, pain, painWhere, note, stepsDone, stepsTotal, version, null);
    }

    /** A report that does not say how far the athlete got. */
    public SessionReport(long routineId, boolean complete, Feeling feeling, boolean pain, Set<Muscle> painWhere, String note) {
        this(routineId, complete, feeling, pain, painWhere, note, 0, 0, 0, null);
    }

    /** The end of a session of a version, before the athlete says how it felt; steps' outcomes not known. */
    public static SessionReport ended(long routineId, int version, boolean complete, int stepsDone, int stepsTotal) {
        return ended(routineId, version, complete, stepsDone, stepsTotal, null);
    }

    /** The end of a session of a version with each step's outcome, before the athlete says how it felt. */
    public static SessionReport ended(long routineId, int version, boolean complete, int stepsDone, int stepsTotal,
                                      List<StepResult> steps) {
        return new SessionReport(routineId, complete, null, false, Set.of(), "", stepsDone, stepsTotal, version, steps);
    }
}
