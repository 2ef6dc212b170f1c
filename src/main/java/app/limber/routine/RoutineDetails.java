package app.limber.routine;

import app.limber.body.Muscle;
import app.limber.library.Purpose;

import java.util.List;
import java.util.Map;

/**
 * A routine as the editor shows it, at one version. Every change answers with a new one.
 *
 * @param ownerId  the coach whose routine it is
 * @param coverage seconds under stretch per muscle (only muscles the routine works)
 */
public record RoutineDetails(long id, long ownerId, long version, String title, String description, Purpose purpose,
                             boolean archived, List<StepDetails> steps, int estimatedSeconds,
                             Map<Muscle, Integer> coverage) {
}
