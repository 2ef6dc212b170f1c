package app.limber.library;

import app.limber.body.Muscle;
import java.util.List;

/**
 * One entry of the library list: enough to recognise a stretch and pick it.
 *
 * @param archived taken out of the library (routines that use it still show it)
 */
public record StretchCard(long id, String name, String summary, StretchKind kind, Position position,
                          int holdSeconds, int reps, boolean perSide,
                          List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, boolean builtIn,
                          boolean archived) {
}
