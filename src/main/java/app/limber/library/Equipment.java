package app.limber.library;

/** What a stretch needs besides the athlete. A stretch with none needs nothing. */
public enum Equipment {
    WALL("Wall"),
    CHAIR("Chair or table"),
    TOWEL("Towel"),
    STRAP("Strap or band"),
    FOAM_ROLLER("Foam roller");

    private final String label;

    Equipment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
