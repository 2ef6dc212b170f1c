package app.limber.coaching;

import app.limber.library.Purpose;

import java.util.List;

/**
 * A routine on an athlete's home: its latest published version, who gave it, and what
 * changed since the athlete last opened it.
 *
 * @param newVersion     a newer version than the one the athlete last opened
 * @param changesSinceSeen what changed since that version (empty when nothing is new)
 * @param lastDone       when the athlete last finished it, or null
 * @param publishNote    the note the coach published the latest version with, while that version is
 *                       new to the athlete (newer than the one they opened, or not opened yet); empty otherwise
 * @param plan           when they are meant to do it
 * @param doneThisWeek   complete sessions of it this week (Monday to Sunday in their time zone)
 * @param doneToday      whether they completed it today (in their time zone)
 * @param untilReleased  some step is held until it releases: {@code estimatedSeconds} counts its maximum, "up to"
 */
public record AssignedRoutine(long routineId, String title, String coach, Purpose purpose, int estimatedSeconds,
                              int steps, String scheduleHint, int version, boolean newVersion,
                              List<String> changesSinceSeen, java.time.Instant lastDone,
                              String publishNote, Plan plan, int doneThisWeek, boolean doneToday,
                              boolean untilReleased) {
}
