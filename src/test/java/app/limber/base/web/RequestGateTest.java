package app.limber.base.web;

import app.limber.account.LanguageSettings;
import app.limber.support.EmbeddedDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The gate in front of page loads and Vaadin's requests: so many at once, the rest in turn; a
 * request that waits too long is told Limber is busy; with the database gone nobody queues.
 */
class RequestGateTest {

    private final ReaderLanguage readers = new ReaderLanguage(LanguageSettings.all());
    private final HikariDataSource database = pool(EmbeddedDatabase.jdbcUrl(EmbeddedDatabase.forTests()), 1);
    private final Calls executor = new Calls();

    @BeforeEach
    void connect() throws Exception {
        try (var connection = database.getConnection()) {
            assertThat(connection.isValid(1)).as("the pool reaches the database").isTrue();
        }
    }

    @AfterEach
    void close() {
        executor.close();
        database.close();
    }

    @Test
    void pagesAndVaadinsRequestsWaitTheirTurnButFilesPushAndMediaDoNot() {
        assertThat(List.of("/s/Ab3_x", "/library", "/", "/routines/12/handout.pdf", "/login"))
                .allMatch(path -> RequestGate.isHeld(get(path)));
        assertThat(RequestGate.isHeld(get("/?v-r=init&location=s%2FAb3_x"))).isTrue();
        assertThat(RequestGate.isHeld(post("/?v-r=uidl&v-uiId=0"))).isTrue();
        assertThat(List.of("/VAADIN/build/indexhtml-abc.js", "/icons/icon.png", "/sw.js", "/manifest.webmanifest",
                "/s/Ab3_x/videos/4", "/s/Ab3_x/photos/7/thumbnail", "/stretches/3/videos/4", "/actuator/health/readiness"))
                .noneMatch(path -> RequestGate.isHeld(get(path)));
        assertThat(RequestGate.isHeld(get("/?v-r=push&v-uiId=0"))).isFalse();
        assertThat(RequestGate.isHeld(post("/?v-r=heartbeat&v-uiId=0"))).isFalse();
    }

    @Test
    void beyondItsTurnsARequestWaitsUntilOneIsDoneThenRunsInOrderOfArrival() throws Exception {
        var gate = new RequestGate(2, Duration.ofSeconds(30), database, readers);
        var release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        FilterChain slow = (request, response) -> {
            ran.add(((MockHttpServletRequest) request).getRequestURI());
            waitFor(release);
        };
        Future<?> first = executor.run(() -> gate.doFilter(get("/first"), new MockHttpServletResponse(), slow));
        Future<?> second = executor.run(() -> gate.doFilter(get("/second"), new MockHttpServletResponse(), slow));
        await().atMost(10, TimeUnit.SECONDS).until(() -> gate.free() == 0);

        var thirdResponse = new MockHttpServletResponse();
        Future<?> third = executor.run(() -> gate.doFilter(get("/third"), thirdResponse,
                (request, response) -> ran.add("/third")));
        await().atMost(10, TimeUnit.SECONDS).until(() -> gate.waiting() == 1);
        var file = new MockHttpServletResponse();
        gate.doFilter(get("/VAADIN/build/app.js"), file, (request, response) -> ran.add("/VAADIN/build/app.js"));
        assertThat(ran).as("a file passes while pages wait").containsExactlyInAnyOrder("/first", "/second", "/VAADIN/build/app.js");

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        third.get(10, TimeUnit.SECONDS);
        assertThat(ran).endsWith("/third");
        assertThat(thirdResponse.getStatus()).isEqualTo(200);
        assertThat(gate.free()).as("every turn given back").isEqualTo(2);
    }

    @Test
    void aRequestThatWaitedTooLongIsToldLimberIsBusyInItsReadersLanguageAndNothingRuns() throws Exception {
        var gate = new RequestGate(1, Duration.ofMillis(200), database, readers);
        var release = new CountDownLatch(1);
        Future<?> holder = executor.run(() -> gate.doFilter(get("/library"), new MockHttpServletResponse(),
                (request, response) -> waitFor(release)));
        await().atMost(10, TimeUnit.SECONDS).until(() -> gate.free() == 0);

        var request = get("/s/Ab3_x");
        request.addHeader("Accept-Language", "de-DE,de;q=0.9");
        var response = new MockHttpServletResponse();
        List<String> ran = new CopyOnWriteArrayList<>();
        gate.doFilter(request, response, (in, out) -> ran.add("ran"));

        assertThat(ran).isEmpty();
        assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("<html lang=\"de\">", "Limber ist gerade sehr beschäftigt")
                .doesNotContain("Datenbank");
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertThat(gate.free()).isEqualTo(1);
    }

    @Test
    void withTheDatabaseGoneNobodyWaitsForATurnSoEachIsToldAtOnce() throws Exception {
        try (var gone = pool("jdbc:postgresql://127.0.0.1:1/none", 0)) {
            var gate = new RequestGate(1, Duration.ofSeconds(30), gone, readers);
            var release = new CountDownLatch(1);
            var holding = new CountDownLatch(1);
            Future<?> holder = executor.run(() -> gate.doFilter(get("/library"), new MockHttpServletResponse(),
                    (request, response) -> {
                        holding.countDown();
                        waitFor(release);
                    }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).as("the first request runs").isTrue();

            List<String> ran = new CopyOnWriteArrayList<>();
            gate.doFilter(get("/routines"), new MockHttpServletResponse(), (request, response) -> ran.add("ran"));
            assertThat(ran).as("passed without waiting for the held turn").containsExactly("ran");
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aGateWithoutTurnsIsRefusedAtStart() {
        assertThatThrownBy(() -> new RequestGate(0, Duration.ofSeconds(1), database, readers))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limber.requests.at-once");
    }

    @Test
    void theDefaultNumberOfTurnsIsThePoolsSize() {
        assertThat(RequestGate.poolSize(database, 99)).isEqualTo(3);
    }

    /** Holds a request in its filter chain until the test lets it go. */
    private static void waitFor(CountDownLatch release) {
        try {
            assertThat(release.await(30, TimeUnit.SECONDS)).as("let go by the test").isTrue();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static HikariDataSource pool(String url, int minimumIdle) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(EmbeddedDatabase.USER);
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(minimumIdle);
        config.setConnectionTimeout(1000);
        config.setInitializationFailTimeout(-1); // start even when nothing answers
        return new HikariDataSource(config);
    }

    private static MockHttpServletRequest get(String pathAndQuery) {
        return request("GET", pathAndQuery);
    }

    private static MockHttpServletRequest post(String pathAndQuery) {
        return request("POST", pathAndQuery);
    }

    private static MockHttpServletRequest request(String method, String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        var request = new MockHttpServletRequest(method, query < 0 ? pathAndQuery : pathAndQuery.substring(0, query));
        if (query >= 0) {
            request.setQueryString(pathAndQuery.substring(query + 1));
            for (String pair : pathAndQuery.substring(query + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return request;
    }

    /** Runs filter calls on their own threads. */
    private static final class Calls implements AutoCloseable {
        private final java.util.concurrent.ExecutorService threads = Executors.newCachedThreadPool();

        Future<?> run(FilterCall call) {
            return threads.submit(() -> {
                call.run();
                return null;
            });
        }

        @Override
        public void close() {
            threads.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface FilterCall {
        void run() throws Exception;
    }
}
