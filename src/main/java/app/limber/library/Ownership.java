package app.limber.library;

/** Which stretches the library shows: all a coach can see, only built-in ones, only theirs, or their archive. */
public enum Ownership {
    ALL("All stretches"),
    BUILT_IN("Built-in"),
    MINE("Mine"),
    /** The coach's own stretches taken out of the library, to look at or restore. */
    ARCHIVED("Archived (mine)");

    private final String label;

    Ownership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
