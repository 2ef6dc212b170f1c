package app.limber.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Brings the database back to how Limber leaves it after start-up: every table the
 * migrations made is emptied, except the reference data Limber loads itself (the
 * built-in stretches), so each test starts from a clean, realistic state.
 */
public final class DatabaseCleaner {

    /**
     * Rows to keep per table: what start-up loads, and the library's search words (which
     * Limber only ever adds to: a word no stretch holds any more widens a search to nothing).
     */
    private static final Map<String, String> KEEP = Map.of("stretch", "owner_id is null", "search_word", "true");

    private DatabaseCleaner() {
    }

    public static void clean(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("""
                select tablename from pg_tables
                where schemaname = 'public' and tablename <> 'flyway_schema_history'
                """, String.class);
        if (tables.isEmpty()) {
            return;
        }
        // One transaction on one connection; foreign keys are not checked while emptying
        // (session_replication_role = replica), so the order of the tables does not matter.
        String deletes = tables.stream()
                .map(table -> KEEP.containsKey(table)
                        ? "delete from " + quote(table) + " where not (" + KEEP.get(table) + ");"
                        : "delete from " + quote(table) + ";")
                .collect(Collectors.joining("\n"));
        jdbc.execute("begin; set local session_replication_role = replica;\n" + deletes + "\ncommit;");
    }

    private static String quote(String table) {
        return '"' + table.replace("\"", "\"\"") + '"';
    }
}
