package app.limber.library;

/** When a stretch is used. */
public enum Purpose {
    PRE_RUN("Pre-run warm-up"),
    POST_RUN("Post-run cool-down"),
    CRAMP_RELIEF("Cramp relief"),
    MOBILITY("Mobility");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
