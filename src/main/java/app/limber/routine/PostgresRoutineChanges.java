package app.limber.routine;

import app.limber.base.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * {@link RoutineChanges} across every node on one database. A change is announced as a
 * {@linkplain Notices notice} on channel {@value #CHANNEL} in the transaction that stores it,
 * carrying only the routine's id, and told once committed to the listeners of this node (in the
 * committing thread, each listener handing the work on, as an editor hands it to its UI). For a
 * change from another node that has listeners here, this node reads the routine once through
 * {@link RoutineService#open} (as the coach of the first listener, so the same ownership check
 * applies) and tells them.
 *
 * <p>When the node's listening connection was broken, it reads every routine that has listeners
 * here once more as soon as it listens again: what changed in between is not missed, and an
 * editor shows a state only if it is newer than the one it shows.
 */
@Component
class PostgresRoutineChanges implements RoutineChanges {

    /** The notices' channel. */
    static final String CHANNEL = "routine";

    private static final Logger log = LoggerFactory.getLogger(PostgresRoutineChanges.class);

    private final Notices notices;
    private final ObjectProvider<RoutineService> routines;
    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();

    PostgresRoutineChanges(Notices notices, ObjectProvider<RoutineService> routines) {
        this.notices = notices;
        this.routines = routines;
        notices.listen(CHANNEL, new Notices.Listener() {
            @Override
            public void heard(List<String> texts) {
                Set<Long> changed = new LinkedHashSet<>();
                for (String text : texts) {
                    if (text.matches("\\d{1,18}")) {
                        changed.add(Long.parseLong(text));
                    }
                }
                deliver(changed);
            }

            @Override
            public void missed() {
                deliver(Set.copyOf(listeners.keySet()));
            }
        });
    }

    private record Listener(Consumer<RoutineDetails> consumer, Authentication coach) {
    }

    /**
     * Inside the transaction that stores the change, the announcement goes out on that
     * transaction's own connection: PostgreSQL delivers a notification when the transaction
     * commits, and never if it rolls back, so no second connection is taken while the first is
     * held. This node's listeners are told once it has committed.
     */
    @Override
    public void changed(RoutineDetails routine) {
        notices.send(CHANNEL, String.valueOf(routine.id()));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell(routine);
                }
            });
        } else {
            tell(routine);
        }
    }

    @Override
    public Subscription listen(long routineId, Consumer<RoutineDetails> listener) {
        var entry = new Listener(listener, SecurityContextHolder.getContext().getAuthentication());
        listeners.computeIfAbsent(routineId, id -> new CopyOnWriteArrayList<>()).add(entry);
        return () -> listeners.computeIfPresent(routineId, (id, list) -> {
            list.remove(entry);
            return list.isEmpty() ? null : list;
        });
    }

    /** How many listeners a routine has on this node (for tests of the editors' clean-up). */
    int listenerCount(long routineId) {
        return listeners.getOrDefault(routineId, List.of()).size();
    }

    private void tell(RoutineDetails routine) {
        for (Listener listener : listeners.getOrDefault(routine.id(), List.of())) {
            try {
                listener.consumer().accept(routine);
            } catch (RuntimeException failed) {
                // one broken listener must not keep the change from the others
                log.warn("A listener of routine {} failed", routine.id(), failed);
            }
        }
    }

    /** Reads each routine that has listeners here once, and tells them. */
    private void deliver(Set<Long> changed) {
        for (long routineId : changed) {
            List<Listener> here = listeners.getOrDefault(routineId, List.of());
            if (here.isEmpty()) {
                continue;
            }
            SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
            SecurityContext asCoach = holder.createEmptyContext();
            asCoach.setAuthentication(here.getFirst().coach());
            holder.setContext(asCoach);
            try {
                tell(routines.getObject().open(routineId));
            } catch (RuntimeException unreadable) {
                // removed, or the database is away for a moment: the editors keep what they show
                log.info("Could not read routine {} changed on another node: {}", routineId, unreadable.toString());
            } finally {
                holder.clearContext();
            }
        }
    }
}
