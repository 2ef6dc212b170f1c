package app.limber.library;

/** How a stretch works. */
public enum StretchKind {
    STATIC("Static"),
    DYNAMIC("Dynamic"),
    CONTRACT_RELAX("Contract-relax"),
    RECIPROCAL_INHIBITION("Reciprocal inhibition"),
    MASSAGE("Massage / self-release");

    private final String label;

    StretchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
