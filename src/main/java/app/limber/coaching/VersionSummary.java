package app.limber.coaching;

import java.time.Instant;
import java.util.List;

/** A published version in a routine's history, with what changed since the one before (in the reader's words). */
public record VersionSummary(int number, Instant publishedAt, String note, List<app.limber.base.Words> changes) {
}
