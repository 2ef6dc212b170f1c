package app.limber.library;

import app.limber.account.Language;
import app.limber.body.Muscle;
import app.limber.body.Pose;
import java.util.List;

/**
 * One entry of the library list: enough to recognise a stretch and pick it.
 *
 * @param archived taken out of the library (routines that use it still show it)
 * @param pose     the figure of the stretch; null when it has none (the body map stands in)
 * @param contentLanguage the language its name and summary are written in (English for a built-in)
 */
public record StretchCard(long id, String name, String summary, StretchKind kind, Position position,
                          int holdSeconds, int reps, boolean perSide,
                          List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, boolean builtIn,
                          boolean archived, Pose pose, Language contentLanguage) {
}
