package app.limber.coaching;

import java.time.Instant;

/** A coach's reply to one of the athlete's sessions, for the athlete. */
public record CoachReply(long sessionId, long routineId, Instant sessionFinishedAt, String text, Instant repliedAt) {
}
