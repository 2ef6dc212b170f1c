package app.limber.coaching;

import app.limber.library.Muscle;

import java.util.Set;

/**
 * What an athlete says at the end of a session (the player writes it).
 *
 * @param complete  false for a session stopped part-way
 * @param painWhere where it hurt; empty for no pain
 */
public record SessionReport(long routineId, boolean complete, Feeling feeling, boolean pain, Set<Muscle> painWhere, String note) {

    public SessionReport {
        painWhere = painWhere == null ? Set.of() : Set.copyOf(painWhere);
        note = note == null ? "" : note;
    }
}
