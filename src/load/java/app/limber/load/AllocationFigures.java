package app.limber.load;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much the server allocates per request, and who allocates it: share journeys (A) and
 * athlete journeys (C) run against the production jar while a flight recording (JFR) is on, after
 * a warm-up. The total is exact: the allocated bytes of Tomcat's request threads
 * ({@code jdk.ThreadAllocationStatistics}, at the recording's start and end) summed and divided by
 * the requests the clients made. The split comes from the allocation samples of those threads
 * ({@code jdk.ObjectAllocationSample}, each weighted with the bytes it stands for), by what is on
 * the sample's stack.
 *
 * <p>{@code ./mvnw -q -o -Pload test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.limber.load.AllocationFigures} (after {@code package};
 * {@code -Dlimber.load.journeys}, default 40 of A and 10 of C).
 */
public final class AllocationFigures {

    private static final Duration STEP = Duration.ofMillis(1100);

    private AllocationFigures() {
    }

    public static void main(String[] args) throws Exception {
        int journeys = Integer.getInteger("limber.load.journeys", 40);
        Path recording = Path.of("target", "allocation.jfr").toAbsolutePath();
        // -Dlimber.load.requests=N: only the report, from the last run's recording of N requests
        Long recorded = Long.getLong("limber.load.requests");
        if (recorded != null) {
            report(recording, recorded, journeys);
            return;
        }
        Files.deleteIfExists(recording);
        // deep stacks: a sample's stack must reach down to the request's handler to be told apart.
        // Requests on platform threads, not virtual ones: the JVM counts a virtual thread's
        // allocation to its carrier, and weighs its samples by what the carrier allocated since
        // the last one, so neither the total nor the split could be told per request. (Choosing the
        // threads is decided at build time under Spring's AOT, so this runs the jar without it.)
        System.setProperty("limber.load.jvm-options", "-Xmx1g -XX:FlightRecorderOptions:stackdepth=512"
                + " -Dspring.aot.enabled=false -Dspring.threads.virtual.enabled=false");
        try (LoadTarget target = LoadTarget.start()) {
            long pid = target.pid().orElseThrow(() -> new IllegalStateException("measured on a Limber started here"));
            LoadFigures.warmUp(target);
            run(target, journeys); // warm again, with the measured mix
            LoadFigures.run(jcmd(), Long.toString(pid), "JFR.start", "name=allocation", "settings=profile");
            long requests = run(target, journeys);
            LoadFigures.run(jcmd(), Long.toString(pid), "JFR.stop", "name=allocation", "filename=" + recording);
            report(recording, requests, journeys);
        }
    }

    private static String jcmd() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    /** {@code journeys} share journeys and a quarter as many athlete journeys, 8 at a time; @return the requests made */
    private static long run(LoadTarget target, int journeys) throws Exception {
        AtomicLong requests = new AtomicLong();
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < journeys + journeys / 4; i++) {
                boolean share = i < journeys;
                String athlete = i % 2 == 0 ? "ana@limber.test" : "ben@limber.test";
                runs.add(pool.submit(() -> {
                    var client = new VaadinClient(target.baseUrl(), true);
                    if (share) {
                        Journeys.shareViewer(client, target.shareToken(), STEP);
                    } else {
                        Journeys.athlete(client, athlete, "limber-athlete-demo", STEP);
                    }
                    requests.addAndGet(client.requests());
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }
        return requests.get();
    }

    private static void report(Path recording, long requests, int journeys) throws Exception {
        Map<String, long[]> allocatedByThread = new HashMap<>(); // thread -> {first, last}
        Map<String, Long> sampled = new LinkedHashMap<>();
        for (String part : PARTS) {
            sampled.put(part, 0L);
        }
        long sampledTotal = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ThreadAllocationStatistics")) {
                var thread = event.getThread("thread");
                if (thread == null || !isRequestThread(thread.getJavaName())) {
                    continue;
                }
                long allocated = event.getLong("allocated");
                allocatedByThread.merge(thread.getJavaName(), new long[] {allocated, allocated},
                        (was, now) -> new long[] {Math.min(was[0], now[0]), Math.max(was[1], now[1])});
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                var thread = event.getThread("eventThread");
                if (thread == null || !isRequestThread(thread.getJavaName()) || event.getStackTrace() == null) {
                    continue;
                }
                long weight = event.getLong("weight");
                sampled.merge(partOf(event.getStackTrace().getFrames()), weight, Long::sum);
                sampledTotal += weight;
            }
        }
        long exact = allocatedByThread.values().stream().mapToLong(range -> range[1] - range[0]).sum();
        System.out.printf("%d share and %d athlete journeys, %,d requests: %,d KB allocated by Tomcat's request threads, %,d KB per request%n",
                journeys, journeys / 4, requests, exact / 1024, exact / 1024 / Math.max(1, requests));
        for (var part : sampled.entrySet()) {
            double share = sampledTotal == 0 ? 0 : (double) part.getValue() / sampledTotal;
            System.out.printf("  %5.1f %%  %,6d KB per request  %s%n", share * 100, Math.round(share * exact / 1024 / Math.max(1, requests)),
                    part.getKey());
        }
    }

    /** Tomcat's request threads (platform threads here, see {@link #main}). */
    private static boolean isRequestThread(String name) {
        return name != null && name.startsWith("http-nio-") && name.contains("-exec-");
    }

    private static final String BODY = "Vaadin reads the request body (SynchronizedRequestHandler.getRequestBody: a 64 K-char StringBuilder and a 64 K char[] each time)";
    private static final String DATABASE = "Limber's code, in the database (Hibernate, JDBC, Spring Data)";
    private static final String OURS_IN_VAADIN = "Limber's views, in the Vaadin components and state tree they build and change";
    private static final String OURS = "Limber's own code (its views and services, not in Vaadin or the database)";
    private static final String VAADIN = "Vaadin's request handling (reading the UIDL message, the state tree's changes, writing the answer)";
    private static final String SECURITY = "Spring Security's filters and the HTTP session";
    private static final String OTHER = "Tomcat and the rest (headers, compression, logging)";
    private static final List<String> PARTS = List.of(BODY, DATABASE, OURS_IN_VAADIN, OURS, VAADIN, SECURITY, OTHER);

    /**
     * What a sample's stack says allocated it, from the allocation down: Vaadin's body reading
     * anywhere on it; else Limber's code (its first frame from the top that is not one of its
     * servlet filters, which sit under every request), split by what lies above that frame: the
     * database (Hibernate, JDBC, Spring Data), Vaadin's components and state tree, or nothing
     * but the JDK and libraries; else the first frame from the top that is Vaadin's, Spring
     * Security's or Tomcat's.
     */
    private static String partOf(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (frame.getMethod().getType().getName().equals("com.vaadin.flow.server.SynchronizedRequestHandler")
                    && frame.getMethod().getName().equals("getRequestBody")) {
                return BODY;
            }
        }
        boolean database = false;
        boolean vaadin = false;
        String firstOwner = null;
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            String method = frame.getMethod().getName();
            if (type.startsWith("app.limber.") && !method.startsWith("doFilter")) {
                return database ? DATABASE : vaadin ? OURS_IN_VAADIN : OURS;
            }
            if (type.startsWith("org.hibernate.") || type.startsWith("org.postgresql.")
                    || type.startsWith("com.zaxxer.hikari.") || type.startsWith("org.springframework.data.")) {
                database = true;
            }
            if (type.startsWith("com.vaadin.")) {
                vaadin = true;
            }
            if (firstOwner == null) {
                if (type.startsWith("com.vaadin.")) {
                    firstOwner = VAADIN;
                } else if (type.startsWith("org.springframework.security.") || type.startsWith("org.apache.catalina.session.")) {
                    firstOwner = SECURITY;
                } else if (type.startsWith("org.apache.")) {
                    firstOwner = OTHER;
                }
            }
        }
        return firstOwner == null ? OTHER : firstOwner;
    }
}
