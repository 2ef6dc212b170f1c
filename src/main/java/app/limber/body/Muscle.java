package app.limber.body;

/**
 * The fixed muscle taxonomy stretches are tagged with, in the coach's words. Where each
 * muscle sits on the body map is {@link BodyFigure}'s business.
 */
public enum Muscle {
    CALF_GASTROCNEMIUS("Calf (gastrocnemius)"),
    CALF_SOLEUS("Calf (soleus)"),
    SHIN("Shin (tibialis anterior)"),
    /** The foot's own muscles, arch and toes (stored as FOOT since before toes were named: V28). */
    FOOT("Foot and toes"),
    HAMSTRINGS("Hamstrings"),
    QUADRICEPS("Quadriceps"),
    HIP_FLEXORS("Hip flexors"),
    GLUTES("Glutes"),
    /** Deep under the glutes, from the sacrum to the top of the thigh bone. */
    PIRIFORMIS("Piriformis (deep buttock)"),
    /** The outer hip: gluteus medius and minimus, the muscles that hold the pelvis level on one leg. */
    HIP_ABDUCTORS("Hip abductors (outer hip)"),
    ADDUCTORS("Adductors (groin)"),
    IT_BAND("IT band / outer thigh"),
    LOWER_BACK("Lower back"),
    SIDE("Side / diaphragm"),
    /** The sides of the belly, that turn and bend the trunk. */
    OBLIQUES("Obliques (waist)"),
    UPPER_BACK("Upper back"),
    SHOULDERS("Shoulders"),
    CHEST("Chest"),
    NECK("Neck"),
    ARMS("Arms");

    private final String label;

    Muscle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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

    /** This muscle's name in the reader's language ({@code muscle.HAMSTRINGS}). */
    public app.limber.base.Words words() {
        return app.limber.base.Words.label(this);
    }

    /**
     * {@link #listed(java.util.Collection)} as words, shown in the reader's language: "Calf (soleus), Hamstrings"
     * ({@code words.comma}); none: an empty text.
     */
    public static app.limber.base.Words listedInWords(java.util.Collection<Muscle> muscles) {
        app.limber.base.Words joined = null;
        for (Muscle muscle : muscles) {
            joined = joined == null ? muscle.words() : app.limber.base.Words.of("words.comma", joined, muscle.words());
        }
        return joined == null ? app.limber.base.Words.of("muscles.none") : joined;
    }

    /** {@link #listed(java.util.Collection, java.util.Collection)} as words: "Calf (soleus); also Glutes" ({@code muscles.also}). */
    public static app.limber.base.Words listedInWords(java.util.Collection<Muscle> primary, java.util.Collection<Muscle> secondary) {
        if (secondary.isEmpty()) {
            return listedInWords(primary);
        }
        return primary.isEmpty() ? listedInWords(secondary)
                : app.limber.base.Words.of("muscles.also", listedInWords(primary), listedInWords(secondary));
    }
}
