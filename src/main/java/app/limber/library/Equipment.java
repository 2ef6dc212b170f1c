package app.limber.library;

/**
 * What a stretch needs besides the athlete. A stretch with none needs nothing; {@link #NONE}
 * is only for filtering ("needs nothing") and is never stored with a stretch.
 */
public enum Equipment {
    NONE("No equipment"),
    WALL("Wall or rail"),
    CHAIR("Chair or table"),
    TOWEL("Towel"),
    STRAP("Strap or band"),
    FOAM_ROLLER("Foam roller"),
    STEP("Step or kerb"),
    MAT("Mat");

    private final String label;

    Equipment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
