package app.limber.routine;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * {@link RoutineChanges} across every node on one database. A change is announced with PostgreSQL
 * {@code pg_notify} in the transaction that stores it, carrying only this node's id and the
 * routine's id, and told once committed to the listeners of this node (in the committing thread,
 * each listener handing the work on, as an editor hands it to its UI). Every node listens on a
 * connection of its own, on a daemon thread; for a change from another node that has listeners
 * here, it reads the routine once through {@link RoutineService#open} (as the coach of the
 * first listener, so the same ownership check applies) and tells them. A node skips its own
 * announcements, its listeners having heard them already.
 *
 * <p>When the listening connection breaks (the database restarted, the connection was
 * terminated) the thread connects again, after 0.5 s and then up to every 5 s, and reads every
 * routine that has listeners here once more: what changed in between is not missed, and an
 * editor shows a state only if it is newer than the one it shows.
 */
@Component
class PostgresRoutineChanges implements RoutineChanges, SmartLifecycle {

    /** The notification channel. */
    static final String CHANNEL = "limber_routine_changes";
    /** How long one wait for notifications lasts (below the socket timeout of 30 s). */
    private static final int POLL_MILLIS = 5_000;
    /** How often, with nothing heard, the listening connection is asked whether it still works. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(PostgresRoutineChanges.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ObjectProvider<RoutineService> routines;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();

    private volatile Thread thread;
    private volatile Connection listening;
    private volatile boolean connected;

    PostgresRoutineChanges(DataSource dataSource, JdbcClient jdbc, ObjectProvider<RoutineService> routines) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.routines = routines;
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
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            announce(routine.id());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell(routine);
                }
            });
        } else {
            announce(routine.id());
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

    /** This node's id, as its announcements carry it. */
    String node() {
        return node;
    }

    /** The {@code application_name} of the listening connection (for tests that break it). */
    String connectionName() {
        return "limber-listen-" + node;
    }

    /** Whether the listening connection is up and listening. */
    boolean listening() {
        return connected;
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

    /**
     * {@code pg_notify} on the current transaction's connection (or a connection of the pool in
     * a statement of its own outside one). A failure here fails the save with it, as any
     * other statement of it would.
     */
    private void announce(long routineId) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", node + ":" + routineId)
                .query(row -> {
                });
    }

    private void listenUntilStopped() {
        Duration retry = FIRST_RETRY;
        boolean catchUp = false;
        while (!Thread.currentThread().isInterrupted()) {
            try (Connection connection = connect()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                connected = true;
                retry = FIRST_RETRY;
                if (catchUp) {
                    log.info("Listening for routine changes of other nodes again");
                    deliver(Set.copyOf(listeners.keySet()));
                }
                catchUp = true;
                receive(connection);
            } catch (SQLException | RuntimeException lost) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                log.warn("Not listening for routine changes of other nodes ({}); trying again in {} ms",
                        lost.toString(), retry.toMillis());
            } finally {
                connected = false;
                listening = null;
            }
            try {
                Thread.sleep(retry);
            } catch (InterruptedException stopping) {
                break;
            }
            retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications == null || notifications.length == 0) {
                if (System.nanoTime() - lastHeard > CHECK_EVERY.toNanos()) {
                    // a connection whose other end went away silently answers nothing; ask it
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("select 1");
                    }
                    lastHeard = System.nanoTime();
                }
                continue;
            }
            lastHeard = System.nanoTime();
            Set<Long> changed = new LinkedHashSet<>();
            for (PGNotification notification : notifications) {
                String[] parts = notification.getParameter().split(":", 2);
                if (parts.length == 2 && !parts[0].equals(node) && parts[1].matches("\\d{1,18}")) {
                    changed.add(Long.parseLong(parts[1]));
                }
            }
            deliver(changed);
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

    /**
     * A connection outside the pool (it is held for as long as the node runs), with the pool's
     * address, account and driver settings.
     */
    private Connection connect() throws SQLException {
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            return dataSource.getConnection();
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", connectionName());
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(pool.getJdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL address: " + pool.getJdbcUrl());
        }
        connection.setAutoCommit(true);
        return connection;
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("limber-routine-changes").start(this::listenUntilStopped);
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running == null) {
            return;
        }
        running.interrupt();
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close(); // ends a wait for notifications at once
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            running.join(Duration.ofSeconds(5));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
