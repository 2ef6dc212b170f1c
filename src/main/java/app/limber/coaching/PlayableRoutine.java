package app.limber.coaching;

/**
 * A published version of a routine, opened to be played.
 *
 * @param version the version's number
 * @param coach   the coach's display name
 * @param note    the note the coach published this version with; empty when none (always for a share link)
 */
public record PlayableRoutine(int version, String coach, PublishedRoutine routine, String note) {

    public PlayableRoutine {
        note = note == null ? "" : note;
    }

    /** A version played without its publish note (a share link's). */
    public PlayableRoutine(int version, String coach, PublishedRoutine routine) {
        this(version, coach, routine, "");
    }
}
