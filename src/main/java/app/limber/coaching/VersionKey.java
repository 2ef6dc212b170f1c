package app.limber.coaching;

/** Which version: a routine and a version number. */
record VersionKey(long routineId, int number) {
}
