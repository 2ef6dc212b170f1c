package app.limber.coaching;

/** How a session felt to the athlete. */
public enum Feeling {
    EASY("Easy"),
    GOOD("Good"),
    HARD("Hard");

    private final String label;

    Feeling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
