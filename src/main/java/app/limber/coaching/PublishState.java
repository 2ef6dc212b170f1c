package app.limber.coaching;

/** Where a routine stands with its athletes. */
public enum PublishState {
    /** Never published. */
    DRAFT,
    /** The latest version is what the editor shows. */
    PUBLISHED,
    /** Edited since the latest version; athletes still see that version. */
    CHANGED
}
