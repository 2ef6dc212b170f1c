package app.limber.coaching;

import app.limber.body.Muscle;
import app.limber.body.Pose;
import app.limber.library.Contraindication;
import app.limber.library.Position;
import app.limber.library.StretchKind;
import app.limber.routine.StepDose;

import java.util.List;

/**
 * One step as published: the dose and the stretch content the athlete sees, frozen.
 *
 * @param pose the stretch's figure as it was when published; null when it had none (or the version is
 *             older than figures)
 * @param photos the tokens of the stretch's photos at publish time, in order (kept when the coach removes one later)
 * @param video  the token of the stretch's video at publish time (kept when the coach replaces or removes it later);
 *               null when it had none
 * @param contraindications who should not do the stretch, or not without asking first, as published (none in
 *               versions older than structured cautions)
 * @param easier the stretch's easier version, which the player offers as "Easier" with this step's dose; null when it
 *               named none (or the version is older than easier versions)
 */
public record PublishedStep(long stepId, long stretchId, String name, String summary, List<String> instructions,
                            List<String> cues, List<String> cautions, StretchKind kind, Position position,
                            List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, StepDose dose, Pose pose,
                            List<String> photos, String video, List<Contraindication> contraindications,
                            EasierVersion easier) {

    public PublishedStep {
        photos = photos == null ? List.of() : List.copyOf(photos);
        contraindications = contraindications == null ? List.of() : contraindications.stream().sorted().distinct().toList();
    }

    /** A step whose stretch names no easier version. */
    public PublishedStep(long stepId, long stretchId, String name, String summary, List<String> instructions,
                         List<String> cues, List<String> cautions, StretchKind kind, Position position,
                         List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, StepDose dose, Pose pose,
                         List<String> photos, String video, List<Contraindication> contraindications) {
        this(stepId, stretchId, name, summary, instructions, cues, cautions, kind, position, primaryMuscles,
                secondaryMuscles, dose, pose, photos, video, contraindications, null);
    }

    /** This step as published with another easier version (or none). */
    public PublishedStep withEasier(EasierVersion other) {
        return new PublishedStep(stepId, stretchId, name, summary, instructions, cues, cautions, kind, position,
                primaryMuscles, secondaryMuscles, dose, pose, photos, video, contraindications, other);
    }

    /** A step whose stretch carries no {@link Contraindication}. */
    public PublishedStep(long stepId, long stretchId, String name, String summary, List<String> instructions,
                         List<String> cues, List<String> cautions, StretchKind kind, Position position,
                         List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, StepDose dose, Pose pose,
                         List<String> photos, String video) {
        this(stepId, stretchId, name, summary, instructions, cues, cautions, kind, position, primaryMuscles,
                secondaryMuscles, dose, pose, photos, video, List.of());
    }

    /** What the athlete reads for each contraindication, before the prose cautions: in the UI's language (English outside a UI). */
    public List<String> contraindicationCautions() {
        return contraindicationCautionWords().stream().map(app.limber.base.Words::shown).toList();
    }

    /** {@link #contraindicationCautions()} as words, for a reader whose language is not the UI's. */
    public List<app.limber.base.Words> contraindicationCautionWords() {
        return contraindications.stream().map(Contraindication::cautionWords).toList();
    }

    /** A step whose stretch has no video. */
    public PublishedStep(long stepId, long stretchId, String name, String summary, List<String> instructions,
                         List<String> cues, List<String> cautions, StretchKind kind, Position position,
                         List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, StepDose dose, Pose pose,
                         List<String> photos) {
        this(stepId, stretchId, name, summary, instructions, cues, cautions, kind, position, primaryMuscles,
                secondaryMuscles, dose, pose, photos, null);
    }

    /** A step whose stretch has no photos. */
    public PublishedStep(long stepId, long stretchId, String name, String summary, List<String> instructions,
                         List<String> cues, List<String> cautions, StretchKind kind, Position position,
                         List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, StepDose dose, Pose pose) {
        this(stepId, stretchId, name, summary, instructions, cues, cautions, kind, position, primaryMuscles,
                secondaryMuscles, dose, pose, List.of(), null);
    }
}
