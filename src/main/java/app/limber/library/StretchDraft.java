package app.limber.library;

import app.limber.body.Muscle;
import app.limber.body.Pose;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a coach types for a stretch of their own (and what the data file holds for a
 * built-in one). {@link LibraryService} checks it; nothing invalid is stored.
 *
 * @param pose the figure of the stretch (see {@link app.limber.body.Pose}); null for none
 * @param contraindications who should not do it, or not without asking first (structured cautions)
 * @param easierId its easier version, a stretch the coach can see; null for none
 * @param harderId its harder version, a stretch the coach can see; null for none
 */
public record StretchDraft(String name, String summary, List<String> instructions, List<String> cues,
                           List<String> cautions, StretchKind kind, Position position, Set<Equipment> equipment,
                           Set<Purpose> purposes, int holdSeconds, int reps, boolean perSide,
                           List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, String source, Pose pose,
                           Set<Contraindication> contraindications, Long easierId, Long harderId) {

    /** A draft with these contraindications that names no easier or harder version. */
    public StretchDraft(String name, String summary, List<String> instructions, List<String> cues,
                        List<String> cautions, StretchKind kind, Position position, Set<Equipment> equipment,
                        Set<Purpose> purposes, int holdSeconds, int reps, boolean perSide,
                        List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, String source, Pose pose,
                        Set<Contraindication> contraindications) {
        this(name, summary, instructions, cues, cautions, kind, position, equipment, purposes, holdSeconds, reps, perSide,
                primaryMuscles, secondaryMuscles, source, pose, contraindications, null, null);
    }

    /** A draft with no {@link Contraindication} that names these easier and harder versions. */
    public StretchDraft(String name, String summary, List<String> instructions, List<String> cues,
                        List<String> cautions, StretchKind kind, Position position, Set<Equipment> equipment,
                        Set<Purpose> purposes, int holdSeconds, int reps, boolean perSide,
                        List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, String source, Pose pose,
                        Long easierId, Long harderId) {
        this(name, summary, instructions, cues, cautions, kind, position, equipment, purposes, holdSeconds, reps, perSide,
                primaryMuscles, secondaryMuscles, source, pose, Set.of(), easierId, harderId);
    }

    /** A draft with no {@link Contraindication} that names no easier or harder version. */
    public StretchDraft(String name, String summary, List<String> instructions, List<String> cues,
                        List<String> cautions, StretchKind kind, Position position, Set<Equipment> equipment,
                        Set<Purpose> purposes, int holdSeconds, int reps, boolean perSide,
                        List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, String source, Pose pose) {
        this(name, summary, instructions, cues, cautions, kind, position, equipment, purposes, holdSeconds, reps, perSide,
                primaryMuscles, secondaryMuscles, source, pose, Set.of(), null, null);
    }

    /** A draft without a figure (the body map stands in). */
    public StretchDraft(String name, String summary, List<String> instructions, List<String> cues,
                        List<String> cautions, StretchKind kind, Position position, Set<Equipment> equipment,
                        Set<Purpose> purposes, int holdSeconds, int reps, boolean perSide,
                        List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, String source) {
        this(name, summary, instructions, cues, cautions, kind, position, equipment, purposes, holdSeconds, reps, perSide,
                primaryMuscles, secondaryMuscles, source, null);
    }

    public StretchDraft {
        instructions = instructions == null ? List.of() : List.copyOf(instructions);
        cues = cues == null ? List.of() : List.copyOf(cues);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        equipment = inTheirOrder(equipment, Equipment.class);
        purposes = inTheirOrder(purposes, Purpose.class);
        primaryMuscles = primaryMuscles == null ? List.of() : List.copyOf(primaryMuscles);
        secondaryMuscles = secondaryMuscles == null ? List.of() : List.copyOf(secondaryMuscles);
        contraindications = inTheirOrder(contraindications, Contraindication.class);
    }

    /** The same draft naming these easier and harder versions (null: none). */
    public StretchDraft withVariations(Long easier, Long harder) {
        return new StretchDraft(name, summary, instructions, cues, cautions, kind, position, equipment, purposes,
                holdSeconds, reps, perSide, primaryMuscles, secondaryMuscles, source, pose, contraindications, easier, harder);
    }

    /** This draft, with these contraindications instead of its own. */
    public StretchDraft withContraindications(Set<Contraindication> newContraindications) {
        return new StretchDraft(name, summary, instructions, cues, cautions, kind, position, equipment, purposes,
                holdSeconds, reps, perSide, primaryMuscles, secondaryMuscles, source, pose, newContraindications,
                easierId, harderId);
    }

    /**
     * An unmodifiable set that iterates in the enum's order: the same in every run (the built-in
     * loader fingerprints a draft by its text; {@code Set.copyOf}'s order changes from one JVM
     * to the next) and the order coaches see.
     */
    private static <E extends Enum<E>> Set<E> inTheirOrder(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }
}
