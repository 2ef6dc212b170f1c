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

    /** A file of JSON text made elsewhere (e.g. by PostgreSQL's json_agg), checked and indented. */
    public static AccountDataFile ofJson(String path, String json) {
        return new AccountDataFile(path, JSON.writeValueAsBytes(JSON.readTree(json)));
    }
}
