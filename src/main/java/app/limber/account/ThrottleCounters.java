package app.limber.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Counters per limit, key and window in PostgreSQL (tables {@code throttle_counter} and
 * {@code throttle_lock}, migration V16), so a limit holds across every node and through a
 * restart.
 *
 * <p>A window is cut into buckets of a sixtieth of it (at least a second); a count over the
 * window is the sum of the buckets that started after {@code now - window}, so a hit stops
 * counting at most one bucket (1/60 of the window) early. A bucket is bumped by one
 * {@code INSERT … ON CONFLICT … DO UPDATE … RETURNING}: parallel bumps on any node queue on
 * the bucket's row and each sees its own count. Each statement runs in the caller's
 * transaction if there is one, on its own otherwise; the limits call it outside transactions.
 *
 * <p>A bump made on its own commits without waiting for the disk ({@code synchronous_commit}
 * off for that one transaction): hits from one address or on one email queue on one row, and
 * each waited for the previous one's flush while it held the row (1,000 viewers of a link
 * arriving within a second from one club's network queued for seconds). What a crash of the
 * database server can lose is the last fraction of a second of hits, never a counter's
 * consistency; a bump inside a caller's transaction leaves that transaction's commit as it is.
 */
@Component
public class ThrottleCounters {

    private static final int BUCKETS_PER_WINDOW = 60;

    private final JdbcClient jdbc;
    private final Clock clock;

    ThrottleCounters(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /**
     * Adds one hit for the key unless it already has {@code limit} within the last
     * {@code window} (a refused try is not counted, so trying on does not extend the wait).
     *
     * @return whether the hit was counted (the key was under its limit)
     */
    public boolean tryAdd(String scope, String key, int limit, Duration window, Instant now) {
        Bucket bucket = Bucket.of(window, now);
        return jdbc.sql("""
                        with unflushed as (%s),
                        earlier as (
                            select coalesce(sum(hits), 0) as hits from throttle_counter
                            where scope = :scope and key = :key and bucket_start > :since and bucket_start < :bucket)
                        insert into throttle_counter (scope, key, bucket_start, hits, expires_at)
                        select :scope, :key, :bucket, 1, :expires from earlier, unflushed where earlier.hits < :limit
                        on conflict (scope, key, bucket_start) do update set hits = throttle_counter.hits + 1
                            where throttle_counter.hits + (select hits from earlier) < :limit
                        returning hits
                        """.formatted(commitWithoutFlush()))
                .param("scope", scope).param("key", key).param("limit", limit)
                .param("since", utc(now.minus(window))).param("bucket", utc(bucket.start()))
                .param("expires", utc(bucket.start().plus(window).plus(bucket.length())))
                .query(Integer.class).optional().isPresent();
    }

    /** Adds one hit for the key, whatever its count. @return its hits within the last {@code window}, this one included */
    public int add(String scope, String key, Duration window, Instant now) {
        Bucket bucket = Bucket.of(window, now);
        return jdbc.sql("""
                        with unflushed as (%s),
                        earlier as (
                            select coalesce(sum(hits), 0) as hits from throttle_counter
                            where scope = :scope and key = :key and bucket_start > :since and bucket_start < :bucket),
                        bumped as (
                            insert into throttle_counter (scope, key, bucket_start, hits, expires_at)
                            values (:scope, :key, :bucket, 1, :expires)
                            on conflict (scope, key, bucket_start) do update set hits = throttle_counter.hits + 1
                            returning hits)
                        select (select hits from bumped) + (select hits from earlier) from unflushed
                        """.formatted(commitWithoutFlush()))
                .param("scope", scope).param("key", key)
                .param("since", utc(now.minus(window))).param("bucket", utc(bucket.start()))
                .param("expires", utc(bucket.start().plus(window).plus(bucket.length())))
                .query(Integer.class).single();
    }

    /** The key's hits within the last {@code window}. */
    public int count(String scope, String key, Duration window, Instant now) {
        return jdbc.sql("""
                        select coalesce(sum(hits), 0) from throttle_counter
                        where scope = :scope and key = :key and bucket_start > :since
                        """)
                .param("scope", scope).param("key", key).param("since", utc(now.minus(window)))
                .query(Integer.class).single();
    }

    /** Forgets the key's hits (the count starts again). */
    public void reset(String scope, String key) {
        jdbc.sql("delete from throttle_counter where scope = :scope and key = :key")
                .param("scope", scope).param("key", key).update();
    }

    /** Refuses the key until that moment (a later lock already there stays). */
    public void lock(String scope, String key, Instant until) {
        jdbc.sql("""
                        insert into throttle_lock (scope, key, locked_until) values (:scope, :key, :until)
                        on conflict (scope, key) do update set locked_until = greatest(throttle_lock.locked_until, excluded.locked_until)
                        """)
                .param("scope", scope).param("key", key).param("until", utc(until)).update();
    }

    /** Until when the key is refused, if it is at this moment. */
    public Optional<Instant> lockedUntil(String scope, String key, Instant now) {
        return jdbc.sql("select locked_until from throttle_lock where scope = :scope and key = :key and locked_until > :now")
                .param("scope", scope).param("key", key).param("now", utc(now))
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    /** Deletes the counters and locks that no longer count; every node runs it, any one would do. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public void deleteExpired() {
        OffsetDateTime now = utc(clock.instant());
        jdbc.sql("delete from throttle_counter where expires_at < :now").param("now", now).update();
        jdbc.sql("delete from throttle_lock where locked_until < :now").param("now", now).update();
    }

    /** Forgets every counter and lock of this limit (for a clean start in tests). */
    public void forgetAll(String scope) {
        jdbc.sql("delete from throttle_counter where scope = :scope").param("scope", scope).update();
        jdbc.sql("delete from throttle_lock where scope = :scope").param("scope", scope).update();
    }

    /**
     * The key of a client address: the address itself, or for IPv6 its /64 network (one
     * machine usually holds a whole /64). A literal is parsed, never looked up.
     */
    public static String clientKey(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "";
        }
        if (clientAddress.indexOf(':') < 0) {
            return clientAddress;
        }
        try {
            InetAddress address = InetAddress.getByName(clientAddress);
            if (address instanceof Inet6Address) {
                byte[] bytes = address.getAddress();
                for (int index = 8; index < bytes.length; index++) {
                    bytes[index] = 0;
                }
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return clientAddress;
        }
    }

    /**
     * The select that makes a bump's own transaction commit without waiting for the disk, or
     * one that changes nothing when the bump runs in a caller's transaction.
     */
    private static String commitWithoutFlush() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? "select 'caller''s commit' as unflushed"
                : "select set_config('synchronous_commit', 'off', true) as unflushed";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Bucket(Instant start, Duration length) {

        static Bucket of(Duration window, Instant now) {
            long lengthMillis = Math.max(1000, window.toMillis() / BUCKETS_PER_WINDOW);
            long startMillis = Math.floorDiv(now.toEpochMilli(), lengthMillis) * lengthMillis;
            return new Bucket(Instant.ofEpochMilli(startMillis), Duration.ofMillis(lengthMillis));
        }
    }
}
