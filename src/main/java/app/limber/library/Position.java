package app.limber.library;

/** The body position a stretch is done in. */
public enum Position {
    STANDING("Standing"),
    SEATED("Seated"),
    LYING("Lying"),
    KNEELING("Kneeling");

    private final String label;

    Position(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
