package app.limber.library;

/** Which stretches the library shows: all a coach can see, only built-in ones, or only theirs. */
public enum Ownership {
    ALL("All stretches"),
    BUILT_IN("Built-in"),
    MINE("Mine");

    private final String label;

    Ownership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
