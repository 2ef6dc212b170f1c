package app.limber.coaching;

import java.time.Instant;

/** When an athlete last completed a routine. */
record LastDone(long routineId, Instant at) {
}
