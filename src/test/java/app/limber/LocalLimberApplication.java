package app.limber;

import app.limber.support.EmbeddedDatabase;
import org.springframework.boot.SpringApplication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's run command ({@code ./mvnw spring-boot:test-run}) starts this: Limber on an
 * embedded PostgreSQL kept in {@code ./data} (or {@code LIMBER_DATA_DIR}), with demo logins.
 *
 * <p>With {@code SPRING_DATASOURCE_URL} set it starts plain Limber on that database
 * instead, with no demo data. The embedded database is test-scoped, so the production jar
 * never contains it.
 */
public final class LocalLimberApplication {

    private LocalLimberApplication() {
    }

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        if (isBlank(System.getenv("SPRING_DATASOURCE_URL")) && isBlank(System.getProperty("spring.datasource.url"))) {
            String dataDirectory = firstNonBlank(System.getProperty("limber.data-dir"), System.getenv("LIMBER_DATA_DIR"), "data");
            var postgres = EmbeddedDatabase.persistentIn(Path.of(dataDirectory).toAbsolutePath());
            arguments.add("--spring.datasource.url=" + EmbeddedDatabase.jdbcUrl(postgres));
            arguments.add("--spring.datasource.username=" + EmbeddedDatabase.USER);
            if (isBlank(System.getenv("LIMBER_DEMO_DATA_ENABLED"))) {
                arguments.add("--limber.demo-data.enabled=true");
            }
        }
        SpringApplication.run(Application.class, arguments.toArray(String[]::new));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (!isBlank(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException("no value");
    }
}
