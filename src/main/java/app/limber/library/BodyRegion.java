package app.limber.library;

/** The part of the body a muscle belongs to, from the feet up. */
public enum BodyRegion {
    FOOT("Foot"),
    LOWER_LEG("Lower leg"),
    UPPER_LEG("Upper leg"),
    HIP("Hip"),
    TRUNK("Trunk"),
    UPPER_BODY("Upper body"),
    NECK("Neck");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
