package app.limber.routine;

import app.limber.base.Words;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * The routine format's JSON: written indented, fields in the order the format lists them; read
 * with limits that a hostile file cannot get past (size, nesting, string and number lengths, a
 * field given twice, anything after the document).
 */
public final class RoutineFileJson {

    /** The largest file Limber reads, in bytes (1 MB): a routine of 60 steps with its stretches is far smaller. */
    public static final int MAX_BYTES = 1_000_000;
    static final int MAX_NESTING = 32;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_BYTES).maxNumberLength(20).maxNameLength(100)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RoutineFileJson() {
    }

    /** The file's bytes: UTF-8, indented, ending with a line break. */
    public static byte[] write(RoutineFile file) {
        return (JSON.writeValueAsString(file) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A pose as stored ({@code PoseJson}) as a tree for the file; null stays null. */
    static JsonNode tree(String json) {
        return json == null ? null : JSON.readTree(json);
    }

    static String text(JsonNode tree) {
        return tree == null || tree.isNull() ? null : JSON.writeValueAsString(tree);
    }

    /**
     * The file as a tree.
     *
     * @throws InvalidRoutineFileException when it is too large or not JSON that Limber reads
     */
    static JsonNode parse(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new InvalidRoutineFileException(Words.of("routine-file.too-large", content.length / 1000,
                    MAX_BYTES / 1_000_000));
        }
        if (content.length == 0) {
            throw new InvalidRoutineFileException(Words.of("routine-file.empty"));
        }
        try {
            return JSON.readTree(content);
        } catch (StreamConstraintsException tooMuch) {
            throw new InvalidRoutineFileException(Words.of("routine-file.too-deep", MAX_NESTING));
        } catch (JacksonException unreadable) {
            TokenStreamLocation where = unreadable.getLocation();
            throw new InvalidRoutineFileException(where == null || where.getLineNr() < 1 ? Words.of("routine-file.not-json")
                    : Words.of("routine-file.not-json-at", where.getLineNr(), where.getColumnNr()));
        }
    }

    /** The tree, once the schema passed it, as the file's records. */
    static RoutineFile bind(JsonNode tree) {
        return JSON.treeToValue(tree, RoutineFile.class);
    }
}
