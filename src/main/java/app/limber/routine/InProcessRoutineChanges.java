package app.limber.routine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * {@link RoutineChanges} within this node: listeners are told in the committing thread, each
 * of them expected to hand the work on (an editor hands it to its UI) rather than do it there.
 */
@Component
class InProcessRoutineChanges implements RoutineChanges {

    private static final Logger log = LoggerFactory.getLogger(InProcessRoutineChanges.class);

    private final Map<Long, List<Consumer<RoutineDetails>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void changed(RoutineDetails routine) {
        for (Consumer<RoutineDetails> listener : listeners.getOrDefault(routine.id(), List.of())) {
            try {
                listener.accept(routine);
            } catch (RuntimeException failed) {
                // one broken listener must not keep the change from the others
                log.warn("A listener of routine {} failed", routine.id(), failed);
            }
        }
    }

    @Override
    public Subscription listen(long routineId, Consumer<RoutineDetails> listener) {
        listeners.computeIfAbsent(routineId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(routineId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** How many listeners a routine has (for tests of the editors' clean-up). */
    int listenerCount(long routineId) {
        return listeners.getOrDefault(routineId, List.of()).size();
    }
}
