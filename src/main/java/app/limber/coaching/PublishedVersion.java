package app.limber.coaching;

/** One published version of a routine with its number, as share links show it. */
public record PublishedVersion(int number, PublishedRoutine routine) {
}
