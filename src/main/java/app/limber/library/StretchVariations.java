package app.limber.library;

/**
 * A stretch's easier and harder versions that can go in a routine now (neither is archived):
 * what the routine editor offers to swap a step for.
 *
 * @param easier null when it names none
 * @param harder null when it names none
 */
public record StretchVariations(StretchLink easier, StretchLink harder) {

    public static final StretchVariations NONE = new StretchVariations(null, null);
}
