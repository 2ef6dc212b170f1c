package app.limber.routine;

/** How a step uses the body's two sides. */
public enum Sides {
    BOTH_AT_ONCE("Both at once"),
    EACH_SIDE("Each side (left, then right)"),
    LEFT_ONLY("Left only"),
    RIGHT_ONLY("Right only");

    private final String label;

    Sides(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
