package app.limber;

import app.limber.support.EmbeddedDatabase;
import app.limber.support.PackagedLimber;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limber with a PostgreSQL of its own that the test stops and starts again: the readiness
 * probe says so while the database is away (so a load balancer sends no one there), and is
 * ready again once it answers; liveness stays up (restarting the node would not help).
 */
class DatabaseOutageTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void readinessFollowsTheDatabaseAndLivenessDoesNot() throws Exception {
        Path data = Files.createTempDirectory("limber-readiness");
        int databasePort = PackagedLimber.freePort();
        EmbeddedPostgres database = EmbeddedDatabase.persistentIn(data, databasePort);
        ConfigurableApplicationContext limber = null;
        // each Vaadin context replaces Spring Security's static holder strategy as it starts; the
        // tests' shared context must get its own back afterwards
        var holderStrategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            limber = new SpringApplicationBuilder(Application.class).run(
                    "--spring.datasource.url=" + EmbeddedDatabase.jdbcUrl(database),
                    "--spring.datasource.username=" + EmbeddedDatabase.USER,
                    "--server.port=0",
                    "--spring.main.banner-mode=off");
            int port = ((WebServerApplicationContext) limber).getWebServer().getPort();

            assertThat(status(port, "/actuator/health/readiness")).isEqualTo(200);

            database.close();
            long asked = System.nanoTime();
            assertThat(status(port, "/actuator/health/readiness")).as("not ready without the database").isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("answered within Hikari's time-out, not 30 s")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(status(port, "/actuator/health/liveness")).as("alive all the same").isEqualTo(200);

            database = EmbeddedDatabase.persistentIn(data, databasePort);
            assertThat(status(port, "/actuator/health/readiness")).as("ready again").isEqualTo(200);
        } finally {
            if (limber != null) {
                limber.close();
            }
            database.close();
            SecurityContextHolder.setContextHolderStrategy(holderStrategy);
        }
    }

    private int status(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
