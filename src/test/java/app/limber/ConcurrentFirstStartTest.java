package app.limber;

import app.limber.support.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Limber nodes started at the same moment on one empty database both come up: Flyway
 * and the built-in stretches load once, the second node waiting for the first.
 *
 * <p>The demo data stays off here: two contexts in one JVM share Spring Security's static
 * {@code SecurityContextHolder}, whose strategy each Vaadin context replaces as it starts, so
 * the demo roster's "as the demo coach" would be lost between the nodes; real nodes are two
 * JVMs. Two demo loads at once are in {@code DemoAccountsTest}.
 */
class ConcurrentFirstStartTest {

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUp() throws Exception {
        String database = "first_start_" + System.nanoTime();
        String serverUrl = EmbeddedDatabase.jdbcUrl(EmbeddedDatabase.forTests());
        new JdbcTemplate(new SingleConnectionDataSource(serverUrl, EmbeddedDatabase.USER, "", true))
                .execute("create database " + database);
        String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database;

        var go = new CountDownLatch(1);
        // each Vaadin context replaces Spring Security's static holder strategy as it starts; the
        // tests' shared context must get its own back afterwards
        var holderStrategy = SecurityContextHolder.getContextHolderStrategy();
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(2)) {
            List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                starts.add(executor.submit(() -> {
                    go.await();
                    return node().run(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + EmbeddedDatabase.USER,
                            "--server.port=0",
                            "--spring.main.banner-mode=off");
                }));
            }
            go.countDown();
            for (Future<ConfigurableApplicationContext> start : starts) {
                nodes.add(start.get(3, TimeUnit.MINUTES)); // a node that died on a duplicate key throws here
            }

            assertThat(nodes).allMatch(ConfigurableApplicationContext::isRunning);
            var jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, EmbeddedDatabase.USER, "", true));
            assertThat(jdbc.queryForObject("select count(*) from stretch where owner_id is null", Integer.class))
                    .isEqualTo(jdbc.queryForObject("select count(distinct slug) from stretch where owner_id is null", Integer.class))
                    .isGreaterThan(40);
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                    .isEqualTo(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class));
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
            SecurityContextHolder.setContextHolderStrategy(holderStrategy);
        }
    }

    /**
     * A node that leaves the JVM's logging as it is: Logback's context is one per JVM, and two
     * Spring Boot starts resetting it at once race (one start's encoder found the other's reset
     * context without its Spring environment and the node died before touching the database).
     * Real nodes are two JVMs, each with its own logging.
     */
    private static SpringApplicationBuilder node() {
        var builder = new SpringApplicationBuilder(Application.class);
        builder.application().setListeners(builder.application().getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener))
                .toList());
        return builder;
    }
}
