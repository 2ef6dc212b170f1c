package app.limber.coaching.snapshot;

import app.limber.body.Muscle;
import app.limber.body.Pose;
import app.limber.library.Contraindication;
import app.limber.library.Position;
import app.limber.library.StretchKind;

import java.util.List;

/**
 * One step of a stored version: the stretch's content as it was at publish time (name,
 * summary, instructions, cues, cautions, kind, position, muscles) and the step's dose.
 *
 * @param stepId    the step's id in the routine at publish time (for "what changed"; the step may be gone)
 * @param stretchId the stretch's id in the library at publish time (it may be gone or changed since)
 * @param kind      null when the stretch had left the library before publishing
 * @param position  null when the stretch had left the library before publishing
 * @param pose      the stretch's figure; null when it had none, and in versions stored before figures
 * @param photos    the tokens of the stretch's photos; absent (read as none) in rows written before photos existed
 * @param video     the token of the stretch's video; null when it had none, and in rows written before videos existed
 * @param contraindications who should not do the stretch; absent (read as none) in rows written before structured cautions
 * @param easier    the stretch's easier version, which the player offers as "Easier"; null when it named none,
 *                  and in rows written before easier versions were kept
 */
public record StepSnapshot(long stepId, long stretchId, String name, String summary, List<String> instructions,
                           List<String> cues, List<String> cautions, StretchKind kind, Position position,
                           List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, DoseSnapshot dose,
                           Pose pose, List<String> photos, String video, List<Contraindication> contraindications,
                           EasierSnapshot easier) {

    public StepSnapshot {
        instructions = List.copyOf(instructions);
        cues = List.copyOf(cues);
        cautions = List.copyOf(cautions);
        primaryMuscles = List.copyOf(primaryMuscles);
        secondaryMuscles = List.copyOf(secondaryMuscles);
        photos = photos == null ? List.of() : List.copyOf(photos);
        contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
    }
}
