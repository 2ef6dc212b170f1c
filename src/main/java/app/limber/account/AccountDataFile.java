package app.limber.account;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One file of a person's account data ZIP: its path inside the ZIP ({@code coaching/roster.json})
 * and its bytes (JSON, UTF-8).
 */
public record AccountDataFile(String path, byte[] content) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** A file holding this value as JSON (records, lists, maps, strings, numbers, java.time as ISO-8601 text). */
    public static AccountDataFile json(String path, Object value) {
        return new AccountDataFile(path, JSON.writeValueAsBytes(value));
    }

    /**
     * A file of the rows a query selects ({@code :me} bound to the person's id), as a JSON array
     * of objects named by the query's column aliases, built by PostgreSQL ({@code row_to_json}:
     * arrays stay arrays, jsonb stays JSON, times are ISO-8601). The caller's feature owns the tables.
     */
    public static AccountDataFile ofRows(org.springframework.jdbc.core.simple.JdbcClient jdbc, String path, String rowsSql, long me) {
        String json = jdbc.sql("select coalesce(json_agg(row_to_json(t)), '[]')::text from (" + rowsSql + ") t")
                .param("me", me).query(String.class).single();
        return ofJson(path, json);
    }

    /** A file of JSON text made elsewhere (e.g. by PostgreSQL's json_agg), checked and indented. */
    public static AccountDataFile ofJson(String path, String json) {
        return new AccountDataFile(path, JSON.writeValueAsBytes(JSON.readTree(json)));
    }
}
