package app.limber.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** Empties every table the migrations made, so each test starts from a clean database. */
public final class DatabaseCleaner {

    private DatabaseCleaner() {
    }

    public static void clean(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("""
                select quote_ident(tablename) from pg_tables
                where schemaname = 'public' and tablename <> 'flyway_schema_history'
                """, String.class);
        if (!tables.isEmpty()) {
            jdbc.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
        }
    }
}
