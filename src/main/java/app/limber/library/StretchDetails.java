package app.limber.library;

import app.limber.account.Language;
import app.limber.body.Muscle;
import app.limber.body.Pose;
import java.util.List;
import java.util.Set;

/**
 * Everything a coach sees about one stretch, safe to render (all text is shown as text).
 *
 * @param photos the tokens of the coach's photos of it, in order (none for built-in stretches)
 * @param sources a built-in stretch's articles, the main one first; empty for a coach's own
 *                (whose typed {@code source} says where it comes from) and for one Limber wrote
 * @param stepsWrittenByUs a built-in whose articles only name it: its steps are Limber's own
 * @param video  the token of the coach's video of it; null when it has none
 * @param contraindications who should not do it, or not without asking first, in the enum's order
 * @param easier its easier version (same target, made easier); null when it names none
 * @param harder its harder version; null when it names none
 * @param contentLanguage the language its own texts (name, summary, instructions, cues, cautions)
 *                        are written in: English for a built-in, whatever its coach chose for theirs
 */
public record StretchDetails(long id, long version, String slug, String name, String summary,
                             List<String> instructions, List<String> cues, List<String> cautions,
                             StretchKind kind, Position position, Set<Equipment> equipment, Set<Purpose> purposes,
                             int holdSeconds, int reps, boolean perSide,
                             List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, String source,
                             boolean builtIn, boolean mine, boolean archived, Pose pose, List<String> photos,
                             List<String> sources, boolean stepsWrittenByUs, String video,
                             Set<Contraindication> contraindications, StretchLink easier, StretchLink harder,
                             Language contentLanguage) {

    /** What the athlete reads for each contraindication, in a fixed order: shown before the prose cautions. */
    public List<String> contraindicationCautions() {
        return contraindications.stream().sorted().map(Contraindication::caution).toList();
    }

    /** {@link #contraindicationCautions()} as words ({@code contraindication.caution.*}), shown in the reader's language. */
    public List<app.limber.base.Words> contraindicationCautionWords() {
        return contraindications.stream().sorted().map(Contraindication::cautionWords).toList();
    }
}
