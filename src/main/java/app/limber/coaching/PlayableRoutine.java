package app.limber.coaching;

/**
 * A published version of a routine, opened to be played.
 *
 * @param version the version's number
 * @param coach   the coach's display name
 */
public record PlayableRoutine(int version, String coach, PublishedRoutine routine) {
}
