package app.limber.routine;

import java.util.function.Consumer;

/**
 * Tells every open editor of a routine that it changed, so that all of them show the same
 * routine within a moment, on this node and on every other node on the same database
 * ({@link PostgresRoutineChanges}: PostgreSQL {@code LISTEN/NOTIFY} with the routine's id, each
 * node reading the routine once for its editors).
 */
public interface RoutineChanges {

    /**
     * Has the routine's listeners told, on every node, once the change is committed: called in
     * the transaction that stores it (or after, outside one); nothing is told if it rolls back.
     */
    void changed(RoutineDetails routine);

    /** Hears every committed change of one routine until the subscription is closed. */
    Subscription listen(long routineId, Consumer<RoutineDetails> listener);

    /** A listener's registration. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
