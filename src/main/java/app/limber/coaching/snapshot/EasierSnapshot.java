package app.limber.coaching.snapshot;

import app.limber.body.Muscle;
import app.limber.body.Pose;
import app.limber.library.Contraindication;
import app.limber.library.Position;
import app.limber.library.StretchKind;

import java.util.List;

/**
 * A step's easier version as stored: the easier stretch's content at publish time, enough for
 * the player to show it (name, summary, instructions, cues, cautions, kind, position, muscles,
 * figure, contraindications). The step's dose is the one it plays with.
 *
 * @param stretchId the easier stretch's id in the library at publish time
 * @param pose      its figure; null when it had none
 */
public record EasierSnapshot(long stretchId, String name, String summary, List<String> instructions, List<String> cues,
                             List<String> cautions, StretchKind kind, Position position, List<Muscle> primaryMuscles,
                             List<Muscle> secondaryMuscles, Pose pose, List<Contraindication> contraindications) {

    public EasierSnapshot {
        instructions = instructions == null ? List.of() : List.copyOf(instructions);
        cues = cues == null ? List.of() : List.copyOf(cues);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        primaryMuscles = primaryMuscles == null ? List.of() : List.copyOf(primaryMuscles);
        secondaryMuscles = secondaryMuscles == null ? List.of() : List.copyOf(secondaryMuscles);
        contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
    }
}
