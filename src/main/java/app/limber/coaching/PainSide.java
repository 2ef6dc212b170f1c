package app.limber.coaching;

/** Which side hurt, as the athlete says after a session. */
public enum PainSide {
    LEFT("Left"),
    RIGHT("Right"),
    BOTH("Both sides");

    private final String label;

    PainSide(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
