package app.limber.browser;

import app.limber.support.Browser;
import app.limber.support.BrowserTest;
import app.limber.support.EmbeddedDatabase;
import app.limber.support.PackagedLimber;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Limber nodes (two processes of the packaged jar) on one database, as
 * {@code scripts/two-nodes.sh} runs them: started at the same moment on an empty database,
 * behind HAProxy with {@code scripts/haproxy.cfg} when HAProxy is installed (otherwise the test
 * talks to the nodes directly). What must hold across nodes lives in PostgreSQL: the login
 * lockout, the share-link look-up limit, the editors' events, and everything saved.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBrowserIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Locator.WaitForOptions FIRST_PAGE = new Locator.WaitForOptions().setTimeout(30_000);
    private static final com.microsoft.playwright.assertions.LocatorAssertions.HasValueOptions PUSHED =
            new com.microsoft.playwright.assertions.LocatorAssertions.HasValueOptions().setTimeout(15_000);

    private static String databaseUrl;
    private static PackagedLimber node1;
    private static PackagedLimber node2;
    private static Process balancer;
    private static String entry;
    private static Browser browser;

    @BeforeAll
    static void startTwoNodesTogetherOnAnEmptyDatabase() throws Exception {
        String database = "two_nodes_" + System.nanoTime();
        String serverUrl = EmbeddedDatabase.jdbcUrl(EmbeddedDatabase.forTests());
        new JdbcTemplate(new SingleConnectionDataSource(serverUrl, EmbeddedDatabase.USER, "", true))
                .execute("create database " + database);
        databaseUrl = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database;

        int port1 = PackagedLimber.freePort();
        int port2 = PackagedLimber.freePort();
        int balancerPort = PackagedLimber.freePort();
        boolean withBalancer = Files.isExecutable(HAPROXY);
        entry = withBalancer ? "http://localhost:" + balancerPort : "http://localhost:" + port1;
        Map<String, String> settings = new HashMap<>(Map.of("LIMBER_PUBLIC_URL", entry));
        if (withBalancer) {
            settings.put("SERVER_FORWARD_HEADERS_STRATEGY", "native"); // the client's address from HAProxy
        }

        try (var executor = Executors.newFixedThreadPool(2)) {
            Future<PackagedLimber> first = executor.submit(() -> PackagedLimber.start(databaseUrl, port1, settings));
            Future<PackagedLimber> second = executor.submit(() -> PackagedLimber.start(databaseUrl, port2, settings));
            try {
                node1 = first.get(7, TimeUnit.MINUTES); // a node that died on a duplicate key throws here
            } finally {
                node2 = second.get(7, TimeUnit.MINUTES); // started (and closed after all) even when node 1 failed
            }
        }
        if (withBalancer) {
            var haproxy = new ProcessBuilder(HAPROXY.toString(), "-W", "-db", "-f", "scripts/haproxy.cfg");
            haproxy.environment().putAll(Map.of("LIMBER_BALANCER_BIND", "127.0.0.1:" + balancerPort,
                    "LIMBER_NODE1", "127.0.0.1:" + port1, "LIMBER_NODE2", "127.0.0.1:" + port2));
            haproxy.redirectErrorStream(true).redirectOutput(Path.of("target", "two-nodes-haproxy.log").toFile());
            balancer = haproxy.start();
            await("HAProxy sees both nodes ready").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> status(entry + "/actuator/health/readiness") == 200);
        }
        Files.createDirectories(SCREENSHOTS);
        browser = Browser.launch();
        // two fresh JVMs: every first page of each node runs cold code (given back after all)
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        if (browser != null) {
            browser.close();
        }
        if (balancer != null) {
            balancer.destroy();
            balancer.waitFor(10, TimeUnit.SECONDS);
        }
        for (PackagedLimber node : new PackagedLimber[] {node1, node2}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void bothNodesStartedAtOnceOnTheEmptyDatabaseCameUpWithOneLibraryAndOneDemoRoster() throws Exception {
        assertThat(status(node1.url("/actuator/health/readiness"))).isEqualTo(200);
        assertThat(status(node2.url("/actuator/health/readiness"))).isEqualTo(200);

        var jdbc = database();
        assertThat(jdbc.queryForObject("select count(*) from stretch where owner_id is null", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(distinct slug) from stretch where owner_id is null", Integer.class))
                .isGreaterThan(40);
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = 'coach@limber.test'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class)).isZero();
    }

    @Test
    @Order(2)
    void aLoginLockoutMadeOnOneNodeHoldsOnTheOther() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            PackagedLimber node = attempt % 2 == 0 ? node1 : node2;
            assertThat(logIn(node.url(""), "ana@limber.test", "wrong-password-" + attempt).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }

        for (PackagedLimber node : new PackagedLimber[] {node2, node1}) {
            assertThat(logIn(node.url(""), "ana@limber.test", "limber-athlete-demo").headers().firstValue("Location"))
                    .as("five wrong passwords alternating between the nodes lock the email on both")
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?throttled"));
        }
    }

    @Test
    @Order(3)
    void theShareLinkLookUpLimitCountsAcrossBothNodes() throws Exception {
        for (int lookUp = 0; lookUp < 30; lookUp++) {
            PackagedLimber node = lookUp % 2 == 0 ? node1 : node2;
            assertThat(status(node.url("/s/notAToken" + lookUp))).as("look-up %d", lookUp + 1).isEqualTo(404);
        }

        assertThat(status(node1.url("/s/notAToken"))).as("the 31st, on node 1").isEqualTo(429);
        assertThat(status(node2.url("/s/notAToken"))).as("and on node 2").isEqualTo(429);
    }

    @Test
    @Order(4)
    void whenTheCoachsNodeDiesTheOtherServesAndAfterSigningInAgainEverySavedEditIsThere() throws Exception {
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            BrowserContext coachContext = browser.newContext(1280, 800);
            contexts.add(coachContext);
            Page coach = coachContext.newPage();
            logIn(coach, entry);
            PackagedLimber serving = servingNode(coachContext);
            PackagedLimber other = serving == node1 ? node2 : node1;
            String editorPath = newRoutineFromTemplate(coach, entry, "Calf-cramp relief mid-run");

            // an editor of the same routine open on the other node hears the edits (LISTEN/NOTIFY)
            BrowserContext watcherContext = browser.newContext(1280, 800);
            contexts.add(watcherContext);
            Page watcher = watcherContext.newPage();
            logIn(watcher, other.url(""));
            watcher.navigate(other.url(editorPath));
            watcher.locator(".limber-step").first().waitFor(FIRST_PAGE); // a node's first editor page: its code is still cold
            assertThat(watcher.getByLabel("Title")).hasValue("Calf-cramp relief mid-run");

            coach.getByLabel("Title").fill("Saved before the node died");
            coach.getByLabel("Title").blur();
            coach.locator(".limber-step-toggle").first().click();
            coach.getByLabel("Rest after (s)").fill("45");
            coach.getByLabel("Rest after (s)").blur();
            assertThat(coach.locator(".limber-save-status")).hasText("All changes saved");
            // pushed to the editor on the other node
            assertThat(watcher.getByLabel("Title")).hasValue("Saved before the node died", PUSHED);
            watcher.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("two-nodes-editor-on-the-other-node.png")));

            serving.kill();

            coach.navigate((balancer != null ? entry : other.url("")) + editorPath);
            assertThat(coach).hasURL(Pattern.compile(".*/login$"));
            coach.getByLabel("Email").fill("coach@limber.test");
            coach.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("limber-coach-demo");
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(coach).hasURL(Pattern.compile(editorPath + "$")); // digits and slashes only
            coach.locator(".limber-step").first().waitFor(FIRST_PAGE);
            assertThat(coach.getByLabel("Title")).hasValue("Saved before the node died");
            coach.locator(".limber-step-toggle").first().click();
            assertThat(coach.getByLabel("Rest after (s)")).hasValue("45");
            coach.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("two-nodes-coach-after-node-died.png")));
            if (balancer != null) {
                assertThat(servingNode(coachContext)).as("HAProxy sent the coach to the node still up").isSameAs(other);
            }
            assertThat(status(other.url("/actuator/health/readiness"))).isEqualTo(200);
            assertThat(browser.takeCspViolations()).isEmpty();
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    /** The node HAProxy keeps this browser on (its SERVERID cookie); node 1 when there is no balancer. */
    private static PackagedLimber servingNode(BrowserContext context) {
        if (balancer == null) {
            return node1;
        }
        String server = context.cookies().stream().filter(cookie -> cookie.name.equals("SERVERID"))
                .map(cookie -> cookie.value).findFirst().orElseThrow(() -> new AssertionError("HAProxy set no SERVERID cookie"));
        return server.equals("node1") ? node1 : node2;
    }

    private static void logIn(Page page, String base) {
        page.navigate(base + "/login");
        page.getByLabel("Email").fill("coach@limber.test");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("limber-coach-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator(".limber-user-name")).hasCount(1, BrowserTest.SIGNED_IN);
    }

    private static String newRoutineFromTemplate(Page page, String base, String template) {
        page.navigate(base + "/routines");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start from a template")).first().click();
        page.locator("vaadin-card").filter(new Locator.FilterOptions().setHasText(template))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use this template")).click();
        assertThat(page).hasURL(Pattern.compile("/routines/\\d+$"));
        page.locator(".limber-step").first().waitFor(FIRST_PAGE);
        return URI.create(page.url()).getPath();
    }

    /** One login through the form, as a browser of its own sends it (its session, its CSRF token). */
    private static HttpResponse<String> logIn(String base, String email, String password) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = CSRF_META.matcher(http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(String url) throws Exception {
        try (var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException notAnswering) {
            return -1;
        }
    }

    private static JdbcTemplate database() {
        return new JdbcTemplate(new SingleConnectionDataSource(databaseUrl, EmbeddedDatabase.USER, "", true));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
