package app.limber.routine;

import java.util.function.Consumer;

/**
 * Tells every open editor of a routine that it changed, so that all of them show the same
 * routine within a moment. {@link InProcessRoutineChanges} reaches the editors of this node;
 * an implementation on PostgreSQL {@code LISTEN/NOTIFY} (sending the routine's id and version,
 * and reading the routine once on each node) reaches the editors of every node through the
 * same interface.
 */
public interface RoutineChanges {

    /** Tells the routine's listeners; called only once the change is committed. */
    void changed(RoutineDetails routine);

    /** Hears every committed change of one routine until the subscription is closed. */
    Subscription listen(long routineId, Consumer<RoutineDetails> listener);

    /** A listener's registration. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
