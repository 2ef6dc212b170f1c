package app.limber.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL (zonky's embedded binaries), for tests and for the local run command.
 * Never part of the production jar: it lives on the test classpath only.
 */
public final class EmbeddedDatabase {

    private static EmbeddedPostgres forTests;

    private EmbeddedDatabase() {
    }

    /** One throw-away database for the whole test JVM, started on first use. */
    public static synchronized EmbeddedPostgres forTests() {
        if (forTests == null) {
            forTests = start(EmbeddedPostgres.builder());
        }
        return forTests;
    }

    /**
     * A database kept in {@code dataDirectory} between runs (created on first start). A
     * PostgreSQL left running there by a run that was killed ({@code kill -9}: its shutdown
     * hook never ran) is stopped first, so the next start does not trip over it.
     */
    public static EmbeddedPostgres persistentIn(Path dataDirectory) {
        stopLeftOver(dataDirectory);
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // zonky turns fsync off for speed; data that outlives the run needs it on
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on"));
    }

    /** A database kept in {@code dataDirectory}, on a fixed port: started again after a stop, it is where it was. */
    public static EmbeddedPostgres persistentIn(Path dataDirectory, int port) {
        stopLeftOver(dataDirectory);
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on"));
    }

    /**
     * Stops the PostgreSQL that a killed run left in this data directory, if one still runs:
     * the process named in its {@code postmaster.pid} (first line), when it is a postgres
     * serving this very directory (second line). Asked to stop (SIGTERM: no client is left,
     * so it ends at once, removing its lock file), and killed if it has not within 20 s.
     */
    static void stopLeftOver(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(lockFile)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(lockFile);
        } catch (IOException unreadable) {
            return; // PostgreSQL will say what is wrong with it
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")
                || !Path.of(lines.get(1).strip()).toAbsolutePath().normalize().equals(dataDirectory.toAbsolutePath().normalize())) {
            return;
        }
        ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                .ifPresent(postmaster -> {
                    System.err.println("Stopping the PostgreSQL (pid " + postmaster.pid() + ") left running in "
                            + dataDirectory + " by an earlier run");
                    postmaster.destroy();
                    try {
                        postmaster.onExit().get(20, TimeUnit.SECONDS);
                    } catch (Exception stillThere) {
                        postmaster.destroyForcibly();
                        postmaster.onExit().join();
                    }
                });
    }

    public static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:%d/postgres".formatted(postgres.getPort());
    }

    public static final String USER = "postgres";

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
        try {
            return builder.setServerConfig("listen_addresses", "localhost").start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
