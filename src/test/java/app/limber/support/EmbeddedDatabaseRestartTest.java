package app.limber.support;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run command after a {@code kill -9}: the killed JVM's embedded PostgreSQL still runs
 * in the data directory, and the next start stops it and starts its own there, data kept.
 */
class EmbeddedDatabaseRestartTest {

    /** A run command's database in a JVM of its own: starts it in the directory, says so, keeps it. */
    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedDatabase.persistentIn(Path.of(args[0]));
        try (var connection = DriverManager.getConnection(EmbeddedDatabase.jdbcUrl(postgres), EmbeddedDatabase.USER, "")) {
            connection.createStatement().execute("create table if not exists kept (what text)");
            connection.createStatement().execute("insert into kept values ('before the kill')");
        }
        System.out.println("ready");
        // hold the database until the test kills this JVM; if the test's own JVM goes away first,
        // its end of the pipe closes and this one ends too, leaving no orphan behind
        while (System.in.read() != -1) {
            // nothing is sent: reading only waits
        }
    }

    @Test
    void aStartAfterTheRunWasKilledStopsTheLeftOverPostgresAndStarts() throws Exception {
        Path data = Files.createTempDirectory("limber-killed-run").resolve("data");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseRestartTest.class.getName(), data.toString())).redirectErrorStream(true).start();
        var ready = new CompletableFuture<Void>();
        Thread.ofPlatform().daemon().start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                StringBuilder output = new StringBuilder();
                while ((line = reader.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.equals("ready")) {
                        ready.complete(null);
                    }
                }
                ready.completeExceptionally(new IllegalStateException("the run ended before it was ready:\n" + output));
            } catch (Exception e) {
                ready.completeExceptionally(e);
            }
        });
        ready.get(2, TimeUnit.MINUTES);
        long leftOver = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());

        run.destroyForcibly(); // kill -9: no shutdown hook runs
        run.waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive)).as("the killed run's postgres lives on").hasValue(true);

        try (var postgres = EmbeddedDatabase.persistentIn(data);
             var connection = DriverManager.getConnection(EmbeddedDatabase.jdbcUrl(postgres), EmbeddedDatabase.USER, "");
             var kept = connection.createStatement().executeQuery("select what from kept")) {
            assertThat(kept.next()).isTrue();
            assertThat(kept.getString(1)).isEqualTo("before the kill");
            assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }
}
