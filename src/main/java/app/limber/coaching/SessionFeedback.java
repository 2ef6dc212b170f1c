package app.limber.coaching;

import app.limber.body.Muscle;

import java.util.Set;

/**
 * What an athlete says after a session: how it felt, whether and where it hurt, a note.
 *
 * @param feeling   null when they did not say
 * @param pain      true when it hurt; then painWhere names where
 */
public record SessionFeedback(Feeling feeling, boolean pain, Set<Muscle> painWhere, String note) {

    public SessionFeedback {
        painWhere = painWhere == null ? Set.of() : Set.copyOf(painWhere);
        note = note == null ? "" : note;
    }
}
