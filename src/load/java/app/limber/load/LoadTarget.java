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
 * raised for the jar started here; a given base URL must allow them too. Every athlete journey
 * logs in as one of the two demo athletes, so the login throttle's failures per email (which also
 * bound how many of one email's password checks a node runs at once) are raised too.
 */
public final class LoadTarget implements AutoCloseable {

    private final String baseUrl;
    private final String shareToken;
    private final PackagedLimber limber;
    private final EmbeddedPostgres postgres;
    private final List<Long> routineIds;

    private LoadTarget(String baseUrl, String shareToken, List<Long> routineIds, PackagedLimber limber, EmbeddedPostgres postgres) {
        this.baseUrl = baseUrl;
        this.shareToken = shareToken;
        this.routineIds = routineIds;
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
            List<Long> routines = Arrays.stream(System.getProperty("limber.load.routine-ids", "").split(","))
                    .filter(id -> !id.isBlank()).map(Long::valueOf).toList();
            if (routines.isEmpty()) {
                throw new IllegalStateException("With limber.load.base-url, set limber.load.routine-ids to the demo coach's routines to edit (1,2,...)");
            }
            return new LoadTarget(given.replaceAll("/+$", ""), token, routines, null, null);
        }
        Path data = Path.of("target", "load-data").toAbsolutePath();
        deleteRecursively(data);
        EmbeddedPostgres postgres = EmbeddedDatabase.persistentIn(data);
        List<String> jvmOptions = Arrays.stream(System.getProperty("limber.load.jvm-options", "-Xmx1g").split("\\s+"))
                .filter(option -> !option.isBlank()).toList();
        PackagedLimber limber = PackagedLimber.start(EmbeddedDatabase.jdbcUrl(postgres), PackagedLimber.freePort(),
                // one address's many viewers, and many logins of the two demo athletes' emails at once (a
                // node checks at most as many passwords of one email at once as it has failures left)
                Map.of("LIMBER_SHARE_LINKS_LOOKUP_LIMIT", "100000000", "LIMBER_LOGIN_THROTTLE_MAX_FAILURES", "100000"), jvmOptions);
        var jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        String token = shareLinkOfTheDemoRoutine(jdbc);
        shortenTheDemoRoutine(jdbc);
        return new LoadTarget(limber.url(""), token, draftsOfTheDemoCoach(jdbc, ROUTINES_TO_EDIT), limber, postgres);
    }

    /** A share link of the demo coach's published "Post-run static cool-down", following its latest version. */
    static String shareLinkOfTheDemoRoutine(JdbcTemplate jdbc) {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // the demo data is loaded once Limber has started: wait for its published routine
        org.awaitility.Awaitility.await("the demo coach's published routine, to share")
                .atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> makeShareLink(jdbc, token) > 0);
        return token;
    }

    /**
     * The demo coach's published versions with every hold 1 s, one rep, both sides at once and no
     * rest, for the share link and the demo athletes alike: a virtual user plays a whole routine
     * in real time in a few seconds, so the server (which checks that the holds' time has passed)
     * counts it complete, as it would a person's.
     */
    static void shortenTheDemoRoutine(JdbcTemplate jdbc) {
        jdbc.update("""
                update routine_version v set content = jsonb_set(v.content, '{steps}', (
                    select jsonb_agg(jsonb_set(step, '{dose}', step->'dose' || jsonb_build_object(
                        'holdSeconds', 1, 'reps', 1, 'sides', 'BOTH_AT_ONCE', 'restSeconds', 0,
                        'secondSideHoldSeconds', null)) order by position)
                    from jsonb_array_elements(v.content->'steps') with ordinality as steps(step, position)))""");
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

    /** How many routines the virtual coaches share out among them to edit. */
    static final int ROUTINES_TO_EDIT = 100;

    /** Copies of the demo coach's routine (its steps too), as drafts the virtual coaches edit. */
    static List<Long> draftsOfTheDemoCoach(JdbcTemplate jdbc, int count) {
        List<Long> ids = jdbc.queryForList("""
                insert into routine (owner_id, title, description, purpose)
                select r.owner_id, 'Load test routine ' || n, r.description, r.purpose
                from routine r, generate_series(1, ?) n
                where r.id = (select min(id) from routine)
                returning id""", Long.class, count);
        jdbc.update("""
                insert into routine_step (routine_id, position, stretch_id, hold_seconds, reps, sides,
                                          second_side_hold_seconds, rest_seconds, note)
                select copy.id, s.position, s.stretch_id, s.hold_seconds, s.reps, s.sides,
                       s.second_side_hold_seconds, s.rest_seconds, s.note
                from routine copy, routine_step s
                where copy.title like 'Load test routine %' and s.routine_id = (select min(id) from routine)""");
        return ids;
    }

    /** The routines the virtual coaches edit. */
    public List<Long> routineIds() {
        return routineIds;
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
            System.out.println("LOAD TARGET " + target.baseUrl() + " token " + target.shareToken() + " pid " + target.pid().orElse(-1L)
                    + " routines " + target.routineIds().getFirst() + "-" + target.routineIds().getLast());
            while (System.in.read() >= 0) {
                // wait
            }
        }
    }
}
