package app.limber.base;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Short notices from one node to every other node on the same database, on named channels
 * ("routine", "share-link", "account-deleted"): PostgreSQL {@code LISTEN/NOTIFY} on one
 * connection per node, shared by every kind of notice.
 *
 * <p>A notice is sent with {@code pg_notify} in the transaction that makes what it tells of, so
 * it goes out when that commits and never if it rolls back. It reaches the other nodes only:
 * the sender tells its own node in-process, with what it has at hand. Each node listens on a
 * connection of its own, on a daemon thread, and hands each channel's notices to its listeners
 * there (a listener that does slow work delays the notices after it).
 *
 * <p>When the listening connection breaks (the database restarted, the connection was
 * terminated) the thread connects again, after 0.5 s and then up to every 5 s, and tells every
 * listener that it may have {@linkplain Listener#missed() missed} notices, before it counts as
 * listening again. Whoever trusts what it was told must ask {@link #heardEverythingSince}:
 * a {@linkplain #mark() mark} taken while listening stays good for as long as that connection
 * lives.
 *
 * <p>The connection comes from a pool of one of its own, made with the application pool's
 * settings (address, account, driver properties, time-outs), so it neither takes one of the
 * pool's connections for good nor is made by hand.
 */
@Component
public class Notices implements SmartLifecycle {

    /** The one PostgreSQL channel; a notice's own channel is a name inside its payload. */
    public static final String POSTGRES_CHANNEL = "limber_notices";
    /** pg_notify refuses payloads of 8000 bytes or more; the node and channel take some. */
    static final int MAX_TEXT_BYTES = 7_000;
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /** How long one wait for notifications lasts (below the socket timeout of 30 s). */
    private static final int POLL_MILLIS = 5_000;
    /** How often, with nothing heard, the listening connection is asked whether it still works. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    /** What hears one channel's notices from other nodes, on the listening thread. */
    public interface Listener {

        /** The notices heard at once, in the order they were committed. */
        void heard(List<String> texts);

        /**
         * The node listens again after its connection broke: notices sent meanwhile may be lost.
         * Called on the listening thread, before {@link #listening()} turns true again; one that
         * throws makes this try to listen fail, and the next one calls every listener again.
         */
        default void missed() {
        }
    }

    /** A listener's registration. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final AtomicLong spells = new AtomicLong();

    private volatile Thread thread;
    private volatile Connection listening;
    private volatile HikariDataSource ownPool;
    private final Object poolLock = new Object();
    private volatile boolean stopping;
    /** The current spell of unbroken listening; 0 while not listening. */
    private volatile long spell;

    public Notices(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Sends a notice to every other node: inside a transaction on that transaction's own
     * connection (it goes out when it commits, never if it rolls back), otherwise at once. A
     * failure here fails the transaction with it, as any other statement of it would.
     *
     * @param channel a name of lower-case letters, digits and dashes
     * @param text    what the listeners are told, at most {@value #MAX_TEXT_BYTES} bytes
     */
    public void send(String channel, String text) {
        requireChannel(channel);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new IllegalArgumentException("A notice of at most " + MAX_TEXT_BYTES + " bytes");
        }
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", POSTGRES_CHANNEL)
                .param("payload", node + ":" + channel + ":" + text)
                .query(row -> {
                });
    }

    /** Hears the channel's notices from other nodes until the subscription is closed. */
    public Subscription listen(String channel, Listener listener) {
        requireChannel(channel);
        listeners.computeIfAbsent(channel, name -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(channel, (name, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /**
     * A mark of this moment's listening, to take before reading what notices would later tell
     * of: 0 while the node is not listening.
     */
    public long mark() {
        return spell;
    }

    /**
     * Whether every notice committed since the mark was taken has been heard here or is on its
     * way (the same connection has listened all along); false for a mark taken while not
     * listening. Notices arrive a moment after their commit.
     */
    public boolean heardEverythingSince(long mark) {
        return mark != 0 && spell == mark;
    }

    /** Whether the listening connection is up and listening. */
    public boolean listening() {
        return spell != 0;
    }

    /** This node's id, as its notices carry it. */
    public String node() {
        return node;
    }

    /** The {@code application_name} of the listening connection (for operators, and tests that break it). */
    public String connectionName() {
        return "limber-listen-" + node;
    }

    private static void requireChannel(String channel) {
        if (channel == null || !CHANNEL_NAME.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
    }

    private void listenUntilStopped() {
        Duration retry = FIRST_RETRY;
        boolean catchUp = false;
        while (!Thread.currentThread().isInterrupted()) {
            Connection connection = null;
            try {
                connection = connect();
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + POSTGRES_CHANNEL);
                }
                retry = FIRST_RETRY;
                if (catchUp) {
                    log.info("Listening for notices of other nodes again");
                    // a listener that cannot catch up (the database away) fails this try: it comes again
                    listeners.values().stream().flatMap(List::stream).forEach(Listener::missed);
                }
                catchUp = true;
                spell = spells.incrementAndGet();
                receive(connection);
            } catch (SQLException | RuntimeException lost) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                log.warn("Not listening for notices of other nodes ({}); trying again in {} ms",
                        lost.toString(), retry.toMillis());
            } finally {
                spell = 0;
                listening = null;
                letGo(connection);
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
            Map<String, List<String>> byChannel = new LinkedHashMap<>();
            for (PGNotification notification : notifications) {
                String[] parts = notification.getParameter().split(":", 3);
                if (parts.length == 3 && !parts[0].equals(node)) {
                    byChannel.computeIfAbsent(parts[1], channel -> new ArrayList<>()).add(parts[2]);
                }
            }
            byChannel.forEach(this::tell);
        }
    }

    private void tell(String channel, List<String> texts) {
        for (Listener listener : listeners.getOrDefault(channel, List.of())) {
            try {
                listener.heard(List.copyOf(texts));
            } catch (RuntimeException failed) {
                // one broken listener must not keep the notices from the others
                log.warn("A listener of {} notices failed", channel, failed);
            }
        }
    }

    /** The listening connection, from this node's own pool of one when the application's pool is Hikari. */
    private Connection connect() throws SQLException {
        Connection connection = listeningSource().getConnection();
        try {
            connection.setAutoCommit(true); // notifications arrive between transactions
            try (Statement statement = connection.createStatement()) {
                statement.execute("set application_name = '" + connectionName() + "'");
            }
            return connection;
        } catch (SQLException | RuntimeException failed) {
            letGo(connection);
            throw failed;
        }
    }

    private DataSource listeningSource() throws SQLException {
        HikariDataSource pool = ownPool;
        if (pool != null) {
            return pool;
        }
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            return dataSource; // not Hikari: one of its connections, held for as long as the node runs
        }
        synchronized (poolLock) {
            if (stopping) {
                throw new SQLException("The node is stopping");
            }
            if (ownPool == null) {
                ownPool = poolOfOne(dataSource.unwrap(HikariDataSource.class));
            }
            return ownPool;
        }
    }

    /**
     * A pool of one connection with every setting of the application's pool (address, account or
     * credentials provider, driver properties, time-outs, initial SQL), under its own name; it
     * does not try to connect before it is asked, and the connection held for good is no leak.
     */
    static HikariDataSource poolOfOne(HikariDataSource application) {
        var config = new HikariConfig();
        application.copyStateTo(config);
        config.setCredentials(application.getCredentials());
        config.setPoolName(application.getPoolName() + "-notices");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(0);
        config.setAutoCommit(true);
        config.setLeakDetectionThreshold(0);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** The connection let go (broken, or the node stops) is evicted from the pool of one: it is closed, not kept. */
    private void letGo(Connection connection) {
        if (connection == null) {
            return;
        }
        HikariDataSource pool = ownPool;
        try {
            if (pool != null && !pool.isClosed()) {
                pool.evictConnection(connection);
            } else {
                connection.close();
            }
        } catch (SQLException | RuntimeException ignored) {
            // going anyway
        }
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            stopping = false;
            thread = Thread.ofPlatform().daemon().name("limber-notices").start(this::listenUntilStopped);
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
        HikariDataSource pool;
        synchronized (poolLock) {
            stopping = true;
            pool = ownPool;
            ownPool = null; // a later start makes a new one
        }
        Connection connection = listening;
        try {
            if (pool != null) {
                pool.close(); // aborts the connection held, which ends a wait for notifications at once
            } else if (connection != null) {
                connection.close();
            }
        } catch (SQLException | RuntimeException ignored) {
            // closing anyway
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
