package app.limber.sharing.web;

import app.limber.body.Muscle;
import app.limber.library.LibraryService;
import app.limber.library.Position;
import app.limber.library.StretchDraft;
import app.limber.library.StretchKind;
import app.limber.library.StretchVideoService;
import app.limber.library.TestVideos;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.HttpVisitor;
import app.limber.support.LimberTest;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run with {@code ./mvnw test -Pbenchmark -Dtest=VideoServingBenchmark}):
 * how much the heap grows while a 50 MB video is served from PostgreSQL, whole and by ranges, over
 * HTTP to a client in the same JVM (so the client's buffers count too). Figures: used heap after
 * full GCs before; the live heap while streaming, that is the largest heap in use after any GC
 * during it (a sampler forces a full GC every 100 ms, and every young GC counts as well); and the
 * raw peak of the heap pools since a reset, which also counts garbage not yet collected (chunks
 * already sent), so it shows allocation, not what is held.
 */
@Tag("benchmark")
class VideoServingBenchmark extends LimberTest {

    private static final long SIZE = 50L * 1024 * 1024;
    private static final long MB = 1024 * 1024;

    @Autowired LibraryService library;
    @Autowired StretchVideoService videos;

    @Test
    void heapWhileServingAFiftyMegabyteVideo() throws Exception {
        Person casey = given.aCoach();
        authenticateAs(casey.email());
        long stretchId = library.create(new StretchDraft("Step calf drop", "", List.of("Do it."), List.of(), List.of(),
                StretchKind.STATIC, Position.STANDING, Set.of(), Set.of(), 30, 1, false, List.of(Muscle.CALF_SOLEUS),
                List.of(), "")).id();
        Path file = Files.createTempFile("limber-benchmark-", ".mp4");
        String token;
        try {
            TestVideos.writeH264Mp4Of(file, SIZE);
            long started = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                token = videos.add(stretchId, in).token();
            }
            System.out.printf("BENCHMARK video upload: %d MB stored in %.1f s%n", SIZE / MB, (System.nanoTime() - started) / 1e9);
        } finally {
            Files.deleteIfExists(file);
        }
        HttpVisitor coach = HttpVisitor.signedIn(port, casey.email(), Fixtures.CASEY.password());
        String path = "/videos/" + token;

        // warm-up: classes loaded, connections pooled
        for (int round = 0; round < 3; round++) {
            assertThat(coach.count(path).length()).isEqualTo(SIZE);
            assertThat(coach.count(path, "Range", "bytes=1000000-1999999").length()).isEqualTo(1_000_000);
        }

        measure("whole (one 200)", () -> {
            var whole = coach.count(path);
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.length()).isEqualTo(SIZE);
            return SIZE;
        });
        Random random = new Random(14);
        measure("100 ranges of 1 MB at random offsets, then bytes=-1048576 and bytes=52000000-", () -> {
            long total = 0;
            for (int request = 0; request < 100; request++) {
                long from = (long) (random.nextDouble() * (SIZE - MB));
                var range = coach.count(path, "Range", "bytes=" + from + "-" + (from + MB - 1));
                assertThat(range.statusCode()).isEqualTo(206);
                total += range.length();
            }
            total += coach.count(path, "Range", "bytes=-1048576").length();
            total += coach.count(path, "Range", "bytes=52000000-").length();
            return total;
        });
    }

    private interface Streaming {
        long run() throws Exception;
    }

    private static void measure(String what, Streaming streaming) throws Exception {
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        AtomicLong liveMax = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        NotificationListener afterGc = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> heapPoolNames.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                liveMax.accumulateAndGet(used, Math::max);
                collections.incrementAndGet();
            }
        };

        long before = usedHeapAfterGc();
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        collectors.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(afterGc, null, null));
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        // a full collection, then 100 ms of streaming, again and again, so that the live heap is read often
        var sampling = Executors.newSingleThreadScheduledExecutor();
        sampling.scheduleWithFixedDelay(System::gc, 0, 100, TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        long bytes;
        try {
            bytes = streaming.run();
        } finally {
            sampling.shutdownNow();
            sampling.awaitTermination(10, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long rawPeak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        collectors.forEach(gc -> {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(afterGc);
            } catch (Exception ignored) {
                // was not registered
            }
        });
        long after = usedHeapAfterGc();
        System.out.printf("BENCHMARK video serving, %s: %.1f MB in %.2f s (%.0f MB/s); heap after GC before %.1f MiB, "
                        + "live while streaming at most %.1f MiB (+%.2f MiB, %d GCs), after %.1f MiB; "
                        + "raw pool peak incl. garbage %.1f MiB%n",
                what, bytes / (double) MB, seconds, bytes / (double) MB / seconds, before / (double) MB, liveMax.get() / (double) MB,
                (liveMax.get() - before) / (double) MB, collections.get(), after / (double) MB, rawPeak / (double) MB);
        assertThat(collections.get()).as("the sampler saw the heap while streaming").isPositive();
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int round = 0; round < 3; round++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
