package app.limber.library;

/**
 * The fixed muscle taxonomy stretches are tagged with. Names are the coach's words; the
 * body region and view say where the muscle sits on the body map.
 */
public enum Muscle {
    CALF_GASTROCNEMIUS("Calf (gastrocnemius)", BodyRegion.LOWER_LEG, BodyView.BACK),
    CALF_SOLEUS("Calf (soleus)", BodyRegion.LOWER_LEG, BodyView.BACK),
    SHIN("Shin (tibialis anterior)", BodyRegion.LOWER_LEG, BodyView.FRONT),
    FOOT("Foot and arch", BodyRegion.FOOT, BodyView.BOTH),
    HAMSTRINGS("Hamstrings", BodyRegion.UPPER_LEG, BodyView.BACK),
    QUADRICEPS("Quadriceps", BodyRegion.UPPER_LEG, BodyView.FRONT),
    HIP_FLEXORS("Hip flexors", BodyRegion.HIP, BodyView.FRONT),
    GLUTES("Glutes", BodyRegion.HIP, BodyView.BACK),
    ADDUCTORS("Adductors (groin)", BodyRegion.UPPER_LEG, BodyView.FRONT),
    IT_BAND("IT band / outer thigh", BodyRegion.UPPER_LEG, BodyView.BOTH),
    LOWER_BACK("Lower back", BodyRegion.TRUNK, BodyView.BACK),
    SIDE("Side / diaphragm", BodyRegion.TRUNK, BodyView.FRONT),
    UPPER_BACK("Upper back", BodyRegion.TRUNK, BodyView.BACK),
    SHOULDERS("Shoulders", BodyRegion.UPPER_BODY, BodyView.BOTH),
    CHEST("Chest", BodyRegion.UPPER_BODY, BodyView.FRONT),
    NECK("Neck", BodyRegion.NECK, BodyView.BOTH),
    ARMS("Arms", BodyRegion.UPPER_BODY, BodyView.BOTH);

    private final String label;
    private final BodyRegion region;
    private final BodyView view;

    Muscle(String label, BodyRegion region, BodyView view) {
        this.label = label;
        this.region = region;
        this.view = view;
    }

    /** "Calf (soleus), Hamstrings": the muscles in the given order, as coaches and athletes see them everywhere. */
    public static String listed(java.util.Collection<Muscle> muscles) {
        return String.join(", ", muscles.stream().map(Muscle::label).toList());
    }

    /** "Calf (soleus), Hamstrings; also Glutes": what a stretch works most, then what it works too. */
    public static String listed(java.util.Collection<Muscle> primary, java.util.Collection<Muscle> secondary) {
        if (secondary.isEmpty()) {
            return listed(primary);
        }
        return primary.isEmpty() ? listed(secondary) : listed(primary) + "; also " + listed(secondary);
    }

    public String label() {
        return label;
    }

    public BodyRegion region() {
        return region;
    }

    public BodyView view() {
        return view;
    }

    public boolean onFront() {
        return view != BodyView.BACK;
    }

    public boolean onBack() {
        return view != BodyView.FRONT;
    }
}
