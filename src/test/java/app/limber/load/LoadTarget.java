package app.limber.load;

import app.limber.support.EmbeddedDatabase;
import app.limber.support.PackagedLimber;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a load test runs against. With {@code -Dlimber.load.base-url=...} a Limber that runs
 * already (its demo accounts loaded, and {@code -Dlimber.load.share-token=...} a working share
 * link on it). Otherwise the production jar ({@code target/limber-*.jar}) started here at
 * {@code -Xmx1g} (or {@code -Dlimber.load.jvm-options}) on an embedded PostgreSQL kept in
 * {@code target/load-data} (fsync on, as the run command's), made afresh each run, with the demo
 * accounts, and a share link of the demo coach's published routine made in its database.
 *
 * <p>All virtual users come from one address, so the share-link look-up limit (per address) is
 * raised for the jar started here; a given base URL must allow them too.
 */
public final class LoadTarget implements AutoCloseable {

    private final String baseUrl;
    private final String shareToken;
    private final PackagedLimber limber;
    private final EmbeddedPostgres postgres;

    private LoadTarget(String baseUrl, String shareToken, PackagedLimber limber, EmbeddedPostgres postgres) {
        this.baseUrl = baseUrl;
        this.shareToken = shareToken;
        this.limber = limber;
        this.postgres = postgres;
    }

    public static LoadTarget start() throws Exception {
        String given = System.getProperty("limber.load.base-url", "");
        if (!given.isBlank()) {
            String token = System.getProperty("limber.load.share-token", "");
            if (token.isBlank()) {
                throw new IllegalStateException("With limber.load.base-url, set limber.load.share-token to a working share link's token");
            }
            return new LoadTarget(given.replaceAll("/+$", ""), token, null, null);
        }
        Path data = Path.of("target", "load-data").toAbsolutePath();
        deleteRecursively(data);
        EmbeddedPostgres postgres = EmbeddedDatabase.persistentIn(data);
        List<String> jvmOptions = Arrays.stream(System.getProperty("limber.load.jvm-options", "-Xmx1g").split("\\s+"))
                .filter(option -> !option.isBlank()).toList();
        PackagedLimber limber = PackagedLimber.start(EmbeddedDatabase.jdbcUrl(postgres), PackagedLimber.freePort(),
                Map.of("LIMBER_SHARE_LINKS_LOOKUP_LIMIT", "100000000"), jvmOptions);
        String token = shareLinkOfTheDemoRoutine(new JdbcTemplate(postgres.getPostgresDatabase()));
        return new LoadTarget(limber.url(""), token, limber, postgres);
    }

    /** A share link of the demo coach's published "Post-run static cool-down", following its latest version. */
    static String shareLinkOfTheDemoRoutine(JdbcTemplate jdbc) throws InterruptedException {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // the demo data is loaded once Limber has started: wait for its published routine
        long giveUpAt = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (makeShareLink(jdbc, token) == 0) {
            if (System.nanoTime() > giveUpAt) {
                throw new IllegalStateException("The demo coach has no published routine to share");
            }
            Thread.sleep(200);
        }
        return token;
    }

    private static int makeShareLink(JdbcTemplate jdbc, String token) {
        return jdbc.update("""
                insert into share_link (token, coach_id, routine_id, label, created_at)
                select ?, r.owner_id, r.id, 'load test', now()
                from routine r join user_account u on u.id = r.owner_id
                where u.email = 'coach@limber.test'
                  and exists (select 1 from routine_version v where v.routine_id = r.id)
                order by r.id limit 1""", token);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String shareToken() {
        return shareToken;
    }

    /** The Limber process started here, if one was. */
    public java.util.Optional<Long> pid() {
        return limber == null ? java.util.Optional.empty() : java.util.Optional.of(limber.pid());
    }

    @Override
    public void close() throws Exception {
        if (limber != null) {
            limber.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the target and waits until standard input closes: for looking at it by hand. */
    public static void main(String[] args) throws Exception {
        try (LoadTarget target = start()) {
            System.out.println("LOAD TARGET " + target.baseUrl() + " token " + target.shareToken() + " pid " + target.pid().orElse(-1L));
            while (System.in.read() >= 0) {
                // wait
            }
        }
    }
}
