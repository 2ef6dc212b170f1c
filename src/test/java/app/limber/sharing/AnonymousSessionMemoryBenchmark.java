package app.limber.sharing;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.coaching.PublishingService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run with {@code ./mvnw test -Pbenchmark}): roughly how much heap one
 * anonymous share-link viewer costs. Each viewer is its own cookie jar doing what a browser
 * does: the page request (which makes the HTTP session), Vaadin's init request (which makes the
 * UI) and its first UIDL request (the navigation that opens the routine of 7 steps). Heap after
 * a full GC, before and after 200 viewers.
 */
@Tag("benchmark")
class AnonymousSessionMemoryBenchmark extends LimberTest {

    private static final int VIEWERS = 200;
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    @Autowired SharingService sharing;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired AccountService accounts;
    @Autowired ShareLookupThrottle throttle;

    @Test
    void heapPerAnonymousViewer() throws Exception {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey Coach", "casey-password-1"));
        authenticateAs("casey@example.com");
        RoutineDetails routine = routines.createFromTemplate(routines.templates().get(1).slug());
        publishing.publish(routine.id(), "");
        String token = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token();
        SecurityContextHolder.clearContext();

        // warm-up: classes loaded, caches filled
        for (int viewer = 0; viewer < 20; viewer++) {
            openAsViewer(token, routine.title());
        }
        long before = usedHeapAfterGc();
        for (int viewer = 0; viewer < VIEWERS; viewer++) {
            if (viewer % 20 == 0) {
                throttle.forgetAll(); // one test address stands for many viewers
            }
            openAsViewer(token, routine.title());
        }
        long after = usedHeapAfterGc();
        System.out.printf("BENCHMARK anonymous share viewer: %d viewers, heap %.1f MiB -> %.1f MiB, about %.0f KiB each%n",
                VIEWERS, before / 1048576.0, after / 1048576.0, (after - before) / 1024.0 / VIEWERS);
        assertThat(after).isGreaterThan(before);
    }

    /** One viewer's visit; the client is closed afterwards, the server keeps the session (as after closing a tab). */
    private void openAsViewer(String token, String title) throws Exception {
        try (HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
            visit(browser, token, title);
        }
    }

    private void visit(HttpClient browser, String token, String title) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/s/" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> init = browser.send(HttpRequest.newBuilder(uri("/?v-r=init&location="
                + URLEncoder.encode("s/" + token, StandardCharsets.UTF_8) + "&query=&v-wn=bench&v-sw=360&v-sh=740&v-ww=360&v-wh=740&v-pr=2&v-tzid=UTC&v-cs=light"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(init.statusCode()).isEqualTo(200);
        Matcher key = SECURITY_KEY.matcher(init.body());
        assertThat(key.find()).as("the UI was made").isTrue();
        // what Vaadin's client sends next: the navigation to the page, which opens the routine
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"/s/" + token + "\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> shown = browser.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).as("the page shows the routine").contains(title);
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int round = 0; round < 3; round++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
