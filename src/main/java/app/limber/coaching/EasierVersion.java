package app.limber.coaching;

import app.limber.body.Muscle;
import app.limber.body.Pose;
import app.limber.library.Contraindication;
import app.limber.library.Position;
import app.limber.library.StretchKind;

import java.util.List;

/**
 * A step's easier version as published: the stretch the library names as its easier version
 * (same target, made easier), frozen with the step, so the player can offer "Easier" with the
 * step's own dose. Its photos and video are not kept: the player shows its figure.
 *
 * @param stretchId the easier stretch's id in the library at publish time
 * @param pose      its figure; null when it had none
 */
public record EasierVersion(long stretchId, String name, String summary, List<String> instructions, List<String> cues,
                            List<String> cautions, StretchKind kind, Position position, List<Muscle> primaryMuscles,
                            List<Muscle> secondaryMuscles, Pose pose, List<Contraindication> contraindications) {

    public EasierVersion {
        name = name == null ? "" : name;
        summary = summary == null ? "" : summary;
        instructions = instructions == null ? List.of() : List.copyOf(instructions);
        cues = cues == null ? List.of() : List.copyOf(cues);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        primaryMuscles = primaryMuscles == null ? List.of() : List.copyOf(primaryMuscles);
        secondaryMuscles = secondaryMuscles == null ? List.of() : List.copyOf(secondaryMuscles);
        contraindications = contraindications == null ? List.of() : contraindications.stream().sorted().distinct().toList();
    }

    /** What the athlete reads for each contraindication, before the prose cautions: in the UI's language (English outside a UI). */
    public List<String> contraindicationCautions() {
        return contraindicationCautionWords().stream().map(app.limber.base.Words::shown).toList();
    }

    /** {@link #contraindicationCautions()} as words, for a reader whose language is not the UI's. */
    public List<app.limber.base.Words> contraindicationCautionWords() {
        return contraindications.stream().map(Contraindication::cautionWords).toList();
    }
}
