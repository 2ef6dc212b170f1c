package app.limber.routine;

import app.limber.base.Words;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routine format's JSON Schema ({@code routine/routine-format.schema.json}) and what its
 * findings mean to a coach: "Step 2, hold: use at most 600", never a JSON pointer; in
 * {@link Words}, shown in the coach's language.
 */
final class RoutineFileSchema {

    static final String RESOURCE = "routine/routine-format.schema.json";
    /** At most this many lines are listed; the rest are counted. */
    static final int MAX_LINES = 8;

    private static final Schema SCHEMA = load();

    /** A field of the file as the coach reads it in the middle of a line: "Step 2, hold". */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("title", "routine-file.field.title"), Map.entry("description", "routine-file.field.description"),
            Map.entry("purpose", "routine-file.field.purpose"), Map.entry("steps", "routine-file.field.steps"),
            Map.entry("stretches", "routine-file.field.stretches"), Map.entry("stretch", "routine-file.field.stretch"),
            Map.entry("holdSeconds", "routine-file.field.hold"), Map.entry("reps", "routine-file.field.reps"),
            Map.entry("sides", "routine-file.field.sides"), Map.entry("secondSideHoldSeconds", "routine-file.field.second-side-hold"),
            Map.entry("restSeconds", "routine-file.field.rest"), Map.entry("note", "routine-file.field.note"),
            Map.entry("slug", "routine-file.field.slug"), Map.entry("builtIn", "routine-file.field.built-in"),
            Map.entry("name", "routine-file.field.name"), Map.entry("summary", "routine-file.field.summary"),
            Map.entry("instructions", "routine-file.field.instructions"), Map.entry("cues", "routine-file.field.cues"),
            Map.entry("cautions", "routine-file.field.cautions"), Map.entry("kind", "routine-file.field.kind"),
            Map.entry("position", "routine-file.field.position"), Map.entry("equipment", "routine-file.field.equipment"),
            Map.entry("purposes", "routine-file.field.purposes"), Map.entry("perSide", "routine-file.field.per-side"),
            Map.entry("primaryMuscles", "routine-file.field.primary-muscles"),
            Map.entry("secondaryMuscles", "routine-file.field.secondary-muscles"), Map.entry("source", "routine-file.field.source"),
            Map.entry("sources", "routine-file.field.sources"), Map.entry("stepsWrittenByUs", "routine-file.field.steps-written-by-limber"),
            Map.entry("pose", "routine-file.field.figure"), Map.entry("view", "routine-file.field.view"),
            Map.entry("focus", "routine-file.field.focus"), Map.entry("props", "routine-file.field.props"),
            Map.entry("motion", "routine-file.field.motion"), Map.entry("keys", "routine-file.field.postures"),
            Map.entry("trunk", "routine-file.field.trunk"), Map.entry("neck", "routine-file.field.neck"),
            Map.entry("near", "routine-file.field.near-limbs"), Map.entry("far", "routine-file.field.far-limbs"),
            Map.entry("shoulder", "routine-file.field.shoulder"), Map.entry("elbow", "routine-file.field.elbow"),
            Map.entry("hip", "routine-file.field.hip"), Map.entry("knee", "routine-file.field.knee"),
            Map.entry("ankle", "routine-file.field.ankle"), Map.entry("format", "routine-file.field.format"),
            Map.entry("version", "routine-file.field.version"));

    /** A field of the file itself as it starts a line: "Title: is too long…". */
    private static final Map<String, String> FIRST_WORDS = Map.of(
            "title", "routine-file.top.title", "description", "routine-file.top.description", "purpose", "routine-file.top.purpose",
            "steps", "routine-file.top.steps", "stretches", "routine-file.top.stretches", "format", "routine-file.top.format",
            "version", "routine-file.top.version");

    private RoutineFileSchema() {
    }

    private static Schema load() {
        try (InputStream in = RoutineFileSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The routine format's schema is missing: " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** What the schema finds wrong with a file, a line each (at most {@link #MAX_LINES}, then a count); empty when it passes. */
    static List<Words> problems(JsonNode file) {
        Set<Words> lines = new LinkedHashSet<>();
        for (Error error : SCHEMA.validate(file)) {
            if (!"oneOf".equals(error.getKeyword()) || error.getInstanceNode() == null || !error.getInstanceNode().isObject()) {
                lines.add(line(file, error));
            }
        }
        return capped(new ArrayList<>(lines));
    }

    static List<Words> capped(List<Words> lines) {
        if (lines.size() <= MAX_LINES) {
            return lines;
        }
        List<Words> shown = new ArrayList<>(lines.subList(0, MAX_LINES - 1));
        shown.add(Words.of("routine-file.more-problems", lines.size() - MAX_LINES + 1));
        return shown;
    }

    /** "Step 2, hold: use at most 600": where in the file, and what is wrong there. */
    static Words line(Object where, Object what) {
        return Words.of("routine-file.line", where, what);
    }

    /** A field of the file itself as it starts a line ("Title"), or in the middle of one ("title"). */
    static Words field(String name, boolean first) {
        String key = first ? FIRST_WORDS.getOrDefault(name, WORDS.get(name)) : WORDS.get(name);
        return key == null ? null : Words.of(key);
    }

    /** "Stretch 2 (“Stair calf drop”)". */
    static Words stretch(int number, String name) {
        return name == null || name.isBlank() ? Words.of("routine-file.where.stretch", number)
                : Words.of("routine-file.where.stretch-named", number, shortened(name));
    }

    /** "Step 2". */
    static Words step(int number) {
        return Words.of("routine-file.where.step", number);
    }

    /** Two parts of a place in the file: "Step 2, hold". */
    static Words within(Object outer, Object inner) {
        return Words.of("words.comma", outer, inner);
    }

    private static Words line(JsonNode file, Error error) {
        Object where = where(file, error.getInstanceLocation());
        if (where == null) {
            return switch (error.getKeyword()) {
                case "required", "additionalProperties" -> what(error);
                default -> line(Words.of("routine-file.top.file"), what(error));
            };
        }
        return line(where, what(error));
    }

    /** "Step 2, hold", "Stretch 1 (“Calf stretch”), primary muscles, item 3", null for the file itself. */
    static Object where(JsonNode file, NodePath path) {
        List<Object> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        JsonNode node = file;
        for (int index = 0; index < path.getNameCount(); index++) {
            Object element = path.getElement(index);
            if (element instanceof Integer number) {
                JsonNode parent = node;
                node = node == null ? null : node.get(number);
                String previous = names.isEmpty() ? "" : names.getLast();
                switch (previous) {
                    case "steps" -> replaceLast(parts, names, step(number + 1));
                    case "stretches" -> replaceLast(parts, names, stretch(number + 1, name(node)));
                    case "keys" -> replaceLast(parts, names, Words.of("routine-file.where.posture", number + 1));
                    default -> {
                        parts.add(Words.of("routine-file.where.item", number + 1));
                        names.add("#");
                    }
                }
                if (parent == null) {
                    node = null;
                }
            } else {
                String name = String.valueOf(element);
                node = node == null ? null : node.get(name);
                Words known = field(name, parts.isEmpty());
                parts.add(known != null ? known : "\u201c" + name + "\u201d");
                names.add(name);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        Object joined = parts.getFirst();
        for (int index = 1; index < parts.size(); index++) {
            joined = within(joined, parts.get(index));
        }
        return joined;
    }

    private static void replaceLast(List<Object> parts, List<String> names, Words part) {
        parts.removeLast();
        names.removeLast();
        parts.add(part);
        names.add("#");
    }

    private static String name(JsonNode stretch) {
        JsonNode name = stretch == null ? null : stretch.get("name");
        return name != null && name.isString() ? name.asString() : null;
    }

    private static Words what(Error error) {
        JsonNode schema = error.getSchemaNode();
        JsonNode value = error.getInstanceNode();
        String location = error.getSchemaLocation() == null ? "" : error.getSchemaLocation().toString();
        return switch (error.getKeyword()) {
            case "required" -> Words.of("routine-file.what.required", error.getProperty(),
                    WORDS.containsKey(error.getProperty()) ? field(error.getProperty(), false) : error.getProperty());
            case "additionalProperties" -> Words.of("routine-file.what.not-in-format", shortened(error.getProperty()));
            case "enum" -> location.contains("muscle")
                    ? Words.of("routine-file.what.not-a-muscle", shown(value))
                    : Words.of("routine-file.what.not-one-of", shown(value), allowed(schema));
            case "const" -> Words.of("routine-file.what.should-be", String.valueOf(schema));
            case "type" -> Words.of("routine-file.what.should-be", kinds(schema));
            case "maxLength" -> Words.of("routine-file.what.too-long", schema.asInt());
            case "minLength" -> Words.of("routine-file.what.empty");
            case "maxItems" -> Words.of("routine-file.what.too-many", schema.asInt());
            case "minItems" -> Words.of("routine-file.what.too-few", schema.asInt());
            case "minimum" -> Words.of("routine-file.what.at-least", schema.asInt());
            case "maximum" -> Words.of("routine-file.what.at-most", schema.asInt());
            case "uniqueItems" -> Words.of("routine-file.what.twice");
            case "pattern" -> Words.of("routine-file.what.pattern");
            case "oneOf" -> Words.of("routine-file.what.not-a-figure");
            default -> Words.of("routine-file.what.other", error.getMessage());
        };
    }

    private static Object allowed(JsonNode values) {
        if (values == null || !values.isArray()) {
            return Words.of("routine-file.allowed");
        }
        List<String> names = new ArrayList<>();
        values.forEach(value -> names.add(value.isNull() ? "null" : value.asString()));
        return String.join(", ", names);
    }

    private static Object kinds(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(one -> names.add(one.asString()));
        } else if (type != null) {
            names.add(type.asString());
        }
        Object joined = null;
        for (String name : names) {
            Object kind = switch (name) {
                case "string" -> Words.of("routine-file.kind.text");
                case "integer" -> Words.of("routine-file.kind.whole-number");
                case "number" -> Words.of("routine-file.kind.number");
                case "array" -> Words.of("routine-file.kind.list");
                case "object" -> Words.of("routine-file.kind.group");
                case "boolean" -> Words.of("routine-file.kind.true-or-false");
                default -> name;
            };
            joined = joined == null ? kind : Words.of("routine-file.or", joined, kind);
        }
        return joined == null ? "" : joined;
    }

    private static Object shown(JsonNode value) {
        if (value == null) {
            return Words.of("routine-file.the-value");
        }
        return value.isString() ? "\u201c" + shortened(value.asString()) + "\u201d" : shortened(value.toString());
    }

    /** A value as it is quoted back: at most 40 characters, with control characters shown as spaces. */
    static String shortened(String text) {
        String plain = text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return plain.codePointCount(0, plain.length()) > 40 ? plain.substring(0, plain.offsetByCodePoints(0, 39)) + "…" : plain;
    }
}
