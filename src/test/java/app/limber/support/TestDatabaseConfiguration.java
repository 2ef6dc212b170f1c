package app.limber.support;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/** Points the application at the test JVM's one embedded PostgreSQL, counting statements per thread. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(EmbeddedDatabase.jdbcUrl(EmbeddedDatabase.forTests()));
        dataSource.setUsername(EmbeddedDatabase.USER);
        dataSource.setMaximumPoolSize(10);
        return QueryCounter.wrap(dataSource);
    }
}
