package app.limber.library;

/** The body position a stretch is done in. */
public enum Position {
    STANDING("Standing"),
    SEATED("Seated"),
    LYING("Lying"),
    KNEELING("Kneeling"),
    /** On hands and knees, or hands and feet (downward dog). */
    ALL_FOURS("On all fours"),
    FACE_DOWN("Lying face down");

    private final String label;

    Position(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
