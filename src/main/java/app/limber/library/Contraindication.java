package app.limber.library;

/**
 * Who should not do a stretch, or not without a clinician's word first: the contraindications
 * and red flags a physiotherapist would name, as fields rather than only prose. Each has the
 * coach's short name (the editor's checkbox, the library's "Avoid if…" filter) and the caution
 * an athlete reads wherever the stretch is shown.
 */
public enum Contraindication {
    PREGNANCY("Pregnancy",
            "Pregnant? Ask your midwife or doctor before this one: lying flat on your back later in pregnancy, deep twists and deep stretches may not suit you."),
    RECENT_INJURY("Recent injury or surgery",
            "Injured or operated on recently? Ask your physiotherapist or doctor before this one, and do not load a part that is still healing."),
    HIP_REPLACEMENT("Hip replacement",
            "Had a hip replaced? Do this one only if your surgeon or physiotherapist has said that bending or turning your hip this far is safe."),
    HYPERMOBILITY("Hypermobility",
            "Very flexible or hypermobile joints? Stop well before the end of your range and hold the position with your muscles, never by hanging on the joint."),
    HIGH_BLOOD_PRESSURE("High blood pressure or glaucoma",
            "High blood pressure or glaucoma? This one puts your head below your heart: ask your doctor first, come up slowly, and stop if your head throbs or your sight changes."),
    BLOOD_CLOT("Signs of a blood clot",
            "Pain in one calf with swelling, warmth or redness that does not ease can be a blood clot: then do not stretch, roll or rub it, get medical help the same day, and call an ambulance if you are also short of breath or have chest pain.");

    private final String label;
    private final String caution;

    Contraindication(String label, String caution) {
        this.label = label;
        this.caution = caution;
    }

    /** The coach's short name: "Hip replacement". */
    public String label() {
        return label;
    }

    /** What the athlete reads, plain and on its own. */
    public String caution() {
        return caution;
    }

    /** {@link #caution()} in the reader's language ({@code contraindication.caution.HIP_REPLACEMENT}). */
    public app.limber.base.Words cautionWords() {
        return app.limber.base.Words.of("contraindication.caution." + name());
    }
}
