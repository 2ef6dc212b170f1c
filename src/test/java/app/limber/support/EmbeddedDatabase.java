package app.limber.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

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

    /** A database kept in {@code dataDirectory} between runs (created on first start). */
    public static EmbeddedPostgres persistentIn(Path dataDirectory) {
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // zonky turns fsync off for speed; data that outlives the run needs it on
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on"));
    }

    /** A database kept in {@code dataDirectory}, on a fixed port: started again after a stop, it is where it was. */
    public static EmbeddedPostgres persistentIn(Path dataDirectory, int port) {
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on"));
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
