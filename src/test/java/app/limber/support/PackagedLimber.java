package app.limber.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The production jar ({@code target/limber-*.jar}, built by {@code package}) started as its
 * own process on a free port, against the test JVM's embedded PostgreSQL, with demo data on.
 */
public final class PackagedLimber implements AutoCloseable {

    /** {@code -Dlimber.echo-log=true}: Limber's log goes to this JVM's output too (the load test's). */
    private static final boolean ECHO = Boolean.getBoolean("limber.echo-log");

    private final Process process;
    private final int port;
    private final StringBuilder log = new StringBuilder();

    private PackagedLimber(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static PackagedLimber start() throws Exception {
        return start(EmbeddedDatabase.jdbcUrl(EmbeddedDatabase.forTests()), freePort(), Map.of());
    }

    /**
     * A Limber of its own: against this database, on this port (the same port again after a
     * restart, so an open page finds it), with these environment settings added.
     */
    public static PackagedLimber start(String jdbcUrl, int port, Map<String, String> settings) throws Exception {
        return start(jdbcUrl, port, settings, List.of());
    }

    /** As {@link #start(String, int, Map)}, with these options for its JVM (such as {@code -Xmx1g}). */
    public static PackagedLimber start(String jdbcUrl, int port, Map<String, String> settings, List<String> jvmOptions)
            throws Exception {
        Path jar = Path.of(System.getProperty("limber.jar", "target/limber.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged jar at " + jar + "; browser tests run after `package` (./mvnw verify)");
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<String>();
        command.add(java);
        // as the image runs it: with the beans Spring's ahead-of-time processing made at build time
        command.add("-Dspring.aot.enabled=true");
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command);
        builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("LIMBER_DEMO_DATA_ENABLED", "true");
        // every language, as the in-process tests have them (a browser asking for none of them gets English)
        builder.environment().put("LIMBER_LANGUAGES_OFFERED", "ENGLISH,SPANISH,GERMAN");
        builder.environment().putAll(settings);
        builder.redirectErrorStream(true);

        var limber = new PackagedLimber(builder.start(), port);
        try {
            limber.awaitStarted();
        } catch (Exception notStarted) {
            limber.kill(); // not left running behind a failed test
            throw notStarted;
        }
        return limber;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    private void awaitStarted() throws Exception {
        var started = new CompletableFuture<Void>();
        Thread.ofPlatform().daemon().name("limber-output").start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    if (ECHO) {
                        System.out.println("[limber] " + line);
                    }
                    // ready, not only started: Spring Boot logs "Started" before readiness accepts
                    // traffic (TwoNodesBrowserIT once met a 503 in between); ReadinessLog says when
                    if (line.contains("Readiness: ACCEPTING_TRAFFIC")) {
                        started.complete(null);
                    }
                }
                started.completeExceptionally(new IllegalStateException("Limber stopped before it started:\n" + log()));
            } catch (IOException e) {
                started.completeExceptionally(e);
            }
        });
        // minutes, not seconds: on a 2-core machine shared with other builds a start takes up to 4 min
        started.get(6, TimeUnit.MINUTES);
    }

    /** The operating system's id of the Limber process (to read its memory, for instance). */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the node at once, as a crash or {@code kill -9} would: no shutdown, no goodbye to its sessions. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
