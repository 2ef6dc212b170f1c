package app.limber.library;

import app.limber.body.Muscle;
import java.util.Set;

/**
 * The library's filters; they combine (every set filter must match). Within muscles, a
 * stretch matches when it works any of the chosen muscles.
 *
 * @param text words that must all appear in the name, summary, instructions or muscle names
 * @param avoid "avoid if…": stretches that carry any of these are left out
 */
public record LibraryFilter(String text, Set<Muscle> muscles, Purpose purpose, StretchKind kind,
                            Position position, Equipment equipment, Ownership ownership, Set<Contraindication> avoid) {

    public static final LibraryFilter NONE = new LibraryFilter("", Set.of(), null, null, null, null, Ownership.ALL, Set.of());

    public LibraryFilter {
        text = text == null ? "" : text.strip();
        muscles = muscles == null ? Set.of() : Set.copyOf(muscles);
        ownership = ownership == null ? Ownership.ALL : ownership;
        avoid = avoid == null ? Set.of() : Set.copyOf(avoid);
    }

    /** The filters without "avoid if…". */
    public LibraryFilter(String text, Set<Muscle> muscles, Purpose purpose, StretchKind kind,
                         Position position, Equipment equipment, Ownership ownership) {
        this(text, muscles, purpose, kind, position, equipment, ownership, Set.of());
    }

    public LibraryFilter withAvoid(Set<Contraindication> newAvoid) {
        return new LibraryFilter(text, muscles, purpose, kind, position, equipment, ownership, newAvoid);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public LibraryFilter withText(String newText) {
        return new LibraryFilter(newText, muscles, purpose, kind, position, equipment, ownership, avoid);
    }

    public LibraryFilter withMuscles(Set<Muscle> newMuscles) {
        return new LibraryFilter(text, newMuscles, purpose, kind, position, equipment, ownership, avoid);
    }

    public LibraryFilter withPurpose(Purpose newPurpose) {
        return new LibraryFilter(text, muscles, newPurpose, kind, position, equipment, ownership, avoid);
    }

    public LibraryFilter withKind(StretchKind newKind) {
        return new LibraryFilter(text, muscles, purpose, newKind, position, equipment, ownership, avoid);
    }

    public LibraryFilter withPosition(Position newPosition) {
        return new LibraryFilter(text, muscles, purpose, kind, newPosition, equipment, ownership, avoid);
    }

    public LibraryFilter withEquipment(Equipment newEquipment) {
        return new LibraryFilter(text, muscles, purpose, kind, position, newEquipment, ownership, avoid);
    }

    public LibraryFilter withOwnership(Ownership newOwnership) {
        return new LibraryFilter(text, muscles, purpose, kind, position, equipment, newOwnership, avoid);
    }
}
