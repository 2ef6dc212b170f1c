package app.limber.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * The figures of BENCHMARKS.md that a load run does not give: requests and bytes of each
 * journey, of one library filter change and one step change (gzip on the wire and as JSON),
 * and the heap one open session holds, measured by protocol: N sessions opened, a full GC,
 * the heap used after it less the heap used before, divided by N.
 *
 * <p>{@code ./mvnw -q -Pload test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.limber.load.LoadFigures} (the packaged jar must exist; the same
 * {@code limber.load.*} settings as the load test; {@code -Dlimber.load.sessions}, default 200).
 *
 * <p>{@code -Dlimber.load.figures=heap-library} (or any of {@code journeys}, {@code heap-share},
 * {@code heap-athlete}, {@code heap-library}, comma-separated; default all) measures only those;
 * {@code -Dlimber.load.histogram=true} also prints, for each heap figure, the classes whose
 * instances the open sessions added (a class histogram after a full GC, less the one before, per
 * session): what a session holds; {@code -Dlimber.load.heap-dump=/tmp/x.hprof} writes the heap
 * with the sessions open, to read further.
 */
public final class LoadFigures {

    private static final Duration STEP = Duration.ofMillis(1100);

    private LoadFigures() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = Integer.getInteger("limber.load.sessions", 200);
        try (LoadTarget target = LoadTarget.start()) {
            String url = target.baseUrl();
            warmUp(target);
            for (boolean gzip : measures("journeys") ? new boolean[] {true, false} : new boolean[0]) {
                String how = gzip ? "gzip" : "plain";
                var a = new VaadinClient(url, gzip);
                Journeys.shareViewer(a, target.shareToken(), STEP);
                print("journey A (share viewer), " + how, a);
                var c = new VaadinClient(url, gzip);
                Journeys.athlete(c, "ana@limber.test", "limber-athlete-demo", STEP);
                print("journey C (athlete), " + how, c);
                var b = new VaadinClient(url, gzip);
                Journeys.coach(b, "coach@limber.test", "limber-coach-demo", target.routineIds().getFirst(), "Measured " + how);
                print("journey B (coach), " + how, b);

                var library = new VaadinClient(url, gzip);
                Journeys.openLibrary(library, "coach@limber.test", "limber-coach-demo");
                long wire = library.wireBytes();
                long body = library.bodyBytes();
                library.send(Journeys.bodyMapToggle(library.ui(), "HAMSTRINGS"));
                System.out.printf("one library filter change (hamstrings on the body map: a few cards), %s: %,d bytes on the wire, %,d as JSON%n",
                        how, library.wireBytes() - wire, library.bodyBytes() - body);
                wire = library.wireBytes();
                body = library.bodyBytes();
                library.send(Journeys.bodyMapToggle(library.ui(), "HAMSTRINGS"));
                System.out.printf("one library filter change (hamstrings off again: the first page of cards back), %s: %,d bytes on the wire, %,d as JSON%n",
                        how, library.wireBytes() - wire, library.bodyBytes() - body);

                var player = new VaadinClient(url, gzip);
                Journeys.openSharePlayer(player, target.shareToken());
                wire = player.wireBytes();
                body = player.bodyBytes();
                int clock = player.ui().element("limber-clock").orElseThrow();
                player.send(player.ui().event(clock, "limber-step", java.util.Map.of("event.detail.step", 1, "event.detail.work", Journeys.work(2))));
                System.out.printf("one step change (share player), %s: %,d bytes on the wire, %,d as JSON%n",
                        how, player.wireBytes() - wire, player.bodyBytes() - body);
            }
            long pid = target.pid().orElseThrow(() -> new IllegalStateException("heap is measured on a Limber started here"));
            if (measures("heap-empty")) {
                // the baseline (-Dlimber.load.figures=heap-empty): what Vaadin, Spring Security and the HTTP
                // session hold for an anonymous visitor before any view of ours, on a trivial page
                heap("anonymous session on a trivial page (account-deleted: a heading, two paragraphs, a link)", pid, sessions,
                        client -> client.open("account-deleted"), url);
            }
            if (measures("heap-share")) {
                heap("open share player (A, on its first step)", pid, sessions,
                        client -> Journeys.openSharePlayer(client, target.shareToken()), url);
            }
            if (measures("heap-athlete")) {
                heap("athlete player (C, on its first step)", pid, sessions,
                        client -> Journeys.openAthletePlayer(client, "ana@limber.test", "limber-athlete-demo"), url);
            }
            if (measures("heap-library")) {
                heap("coach library session (B, library open, one body-map filter)", pid, sessions, client -> {
                    Journeys.openLibrary(client, "coach@limber.test", "limber-coach-demo");
                    client.send(Journeys.bodyMapToggle(client.ui(), "HAMSTRINGS"));
                }, url);
            }
        }
    }

    /** Whether {@code -Dlimber.load.figures} asks for this figure (all when not set). */
    private static boolean measures(String figure) {
        String asked = System.getProperty("limber.load.figures", "").strip();
        return asked.isEmpty() || java.util.Arrays.stream(asked.split(",")).map(String::strip).anyMatch(figure::equals);
    }

    /** A few of each journey first, so that what is measured runs compiled, not interpreted. */
    static void warmUp(LoadTarget target) throws Exception {
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                runs.add(pool.submit(() -> {
                    var client = new VaadinClient(target.baseUrl(), true);
                    switch (n % 4) {
                        case 0, 1 -> Journeys.shareViewer(client, target.shareToken(), Duration.ofMillis(1100));
                        case 2 -> Journeys.athlete(client, n % 8 == 2 ? "ana@limber.test" : "ben@limber.test", "limber-athlete-demo",
                                Duration.ofMillis(1100));
                        default -> Journeys.coach(client, "coach@limber.test", "limber-coach-demo",
                                target.routineIds().get(n % target.routineIds().size()), "Warm-up " + n);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                try {
                    run.get();
                } catch (java.util.concurrent.ExecutionException failed) {
                    // a warm-up journey that failed (a busy machine's time-out) only warms less
                    System.err.println("A warm-up journey failed: " + failed.getCause());
                }
            }
        }
    }

    private static void print(String what, VaadinClient client) {
        System.out.printf("%s: %d requests, %,d bytes on the wire, %,d as JSON/HTML%n", what, client.requests(),
                client.wireBytes(), client.bodyBytes());
    }

    private static void heap(String what, long pid, int sessions, java.util.function.Consumer<VaadinClient> open, String url)
            throws Exception {
        boolean histogram = Boolean.getBoolean("limber.load.histogram");
        java.util.Map<String, long[]> classesBefore = histogram ? classHistogram(pid) : java.util.Map.of();
        long before = heapUsedAfterGc(pid);
        List<VaadinClient> open_ = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<VaadinClient>> made = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                made.add(pool.submit(() -> {
                    var client = new VaadinClient(url, true);
                    open.accept(client);
                    return client;
                }));
            }
            for (Future<VaadinClient> client : made) {
                open_.add(client.get());
            }
        }
        if (Boolean.getBoolean("limber.load.disconnect")) {
            // the sessions stay on the server; their connections (Tomcat's buffers, ~16 KB each) do not count
            open_.forEach(VaadinClient::disconnect);
        }
        long after = heapUsedAfterGc(pid);
        System.out.printf("heap per %s: %,d KB (%d sessions, %,d KB -> %,d KB used after a full GC)%n", what,
                (after - before) / 1024 / sessions, sessions, before / 1024, after / 1024);
        if (histogram) {
            printAdded(classesBefore, classHistogram(pid), sessions);
        }
        String dump = System.getProperty("limber.load.heap-dump", "");
        if (!dump.isBlank()) {
            // the heap with the sessions open, to read what they hold (an .hprof file)
            run(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), "GC.heap_dump", dump);
        }
        open_.clear();
    }

    /** Instances and bytes per class after a full GC ({@code jcmd GC.class_histogram} runs one). */
    static java.util.Map<String, long[]> classHistogram(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE).matcher(run(jcmd, Long.toString(pid), "GC.class_histogram"));
        java.util.Map<String, long[]> classes = new java.util.HashMap<>();
        while (row.find()) {
            classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return classes;
    }

    /** The classes the open sessions added, most bytes first, per session. */
    private static void printAdded(java.util.Map<String, long[]> before, java.util.Map<String, long[]> after, int sessions) {
        record Added(String name, long instances, long bytes) {
        }
        List<Added> added = new ArrayList<>();
        after.forEach((name, counts) -> {
            long[] was = before.getOrDefault(name, new long[2]);
            added.add(new Added(name, counts[0] - was[0], counts[1] - was[1]));
        });
        added.sort(java.util.Comparator.comparingLong(Added::bytes).reversed());
        long total = added.stream().mapToLong(Added::bytes).sum();
        System.out.printf("  what one session added (class histogram after a full GC, less before, / %d): %,d bytes in all%n", sessions, total / sessions);
        added.stream().limit(Integer.getInteger("limber.load.histogram-rows", 45)).forEach(one -> System.out.printf(
                "  %,10d bytes %,8.1f instances  %s%n", one.bytes() / sessions, (double) one.instances() / sessions, one.name()));
    }

    /** The heap the Limber process uses right after a full GC, from {@code jcmd}. */
    static long heapUsedAfterGc(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(pid), "GC.run");
        run(jcmd, Long.toString(pid), "GC.run");
        String info = run(jcmd, Long.toString(pid), "GC.heap_info");
        var used = Pattern.compile("garbage-first heap\\s+total (?:reserved )?\\S+, (?:committed \\S+, )?used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("Cannot read the heap used from: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
