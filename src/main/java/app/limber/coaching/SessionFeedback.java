package app.limber.coaching;

import app.limber.body.Muscle;

import java.util.Set;

/**
 * What an athlete says after a session: how it felt, how much it hurt and where, a note.
 *
 * @param feeling   null when they did not say
 * @param painLevel 0 (none) to 10, the numeric rating scale; above 0, painWhere and painSide say where
 * @param painSide  which side hurt; null for no pain
 */
public record SessionFeedback(Feeling feeling, int painLevel, PainSide painSide, Set<Muscle> painWhere, String note) {

    public SessionFeedback {
        painWhere = painWhere == null ? Set.of() : Set.copyOf(painWhere);
        note = note == null ? "" : note;
    }

    /** No pain. */
    public static SessionFeedback withoutPain(Feeling feeling, String note) {
        return new SessionFeedback(feeling, 0, null, Set.of(), note);
    }

    /** It hurt at all. */
    public boolean pain() {
        return painLevel > 0;
    }
}
