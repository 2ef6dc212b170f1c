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
 */
public record StretchDraft(String name, String summary, List<String> instructions, List<String> cues,
                           List<String> cautions, StretchKind kind, Position position, Set<Equipment> equipment,
                           Set<Purpose> purposes, int holdSeconds, int reps, boolean perSide,
                           List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, String source, Pose pose) {

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
