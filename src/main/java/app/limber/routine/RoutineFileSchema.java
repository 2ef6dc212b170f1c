package app.limber.routine;

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
import java.util.stream.Collectors;

/**
 * The routine format's JSON Schema ({@code routine/routine-format.schema.json}) and what its
 * findings mean to a coach: "Step 2, hold: use at most 600", never a JSON pointer.
 */
final class RoutineFileSchema {

    static final String RESOURCE = "routine/routine-format.schema.json";
    /** At most this many lines are listed; the rest are counted. */
    static final int MAX_LINES = 8;

    private static final Schema SCHEMA = load();

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("title", "title"), Map.entry("description", "description"), Map.entry("purpose", "purpose"),
            Map.entry("steps", "steps"), Map.entry("stretches", "stretches"), Map.entry("stretch", "stretch"),
            Map.entry("holdSeconds", "hold"), Map.entry("reps", "reps"), Map.entry("sides", "sides"),
            Map.entry("secondSideHoldSeconds", "second-side hold"), Map.entry("restSeconds", "rest"), Map.entry("note", "note"),
            Map.entry("slug", "slug"), Map.entry("builtIn", "built-in"), Map.entry("name", "name"), Map.entry("summary", "summary"),
            Map.entry("instructions", "instructions"), Map.entry("cues", "cues"), Map.entry("cautions", "cautions"),
            Map.entry("kind", "kind"), Map.entry("position", "position"), Map.entry("equipment", "equipment"),
            Map.entry("purposes", "purposes"), Map.entry("perSide", "per side"), Map.entry("primaryMuscles", "primary muscles"),
            Map.entry("secondaryMuscles", "secondary muscles"), Map.entry("source", "source"), Map.entry("sources", "sources"),
            Map.entry("stepsWrittenByUs", "steps written by Limber"), Map.entry("pose", "figure"), Map.entry("view", "view"),
            Map.entry("focus", "focus"), Map.entry("props", "props"), Map.entry("motion", "motion"), Map.entry("keys", "postures"),
            Map.entry("trunk", "trunk"), Map.entry("neck", "neck"), Map.entry("near", "near limbs"), Map.entry("far", "far limbs"),
            Map.entry("shoulder", "shoulder"), Map.entry("elbow", "elbow"), Map.entry("hip", "hip"), Map.entry("knee", "knee"),
            Map.entry("ankle", "ankle"), Map.entry("format", "format"), Map.entry("version", "version"));

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
    static List<String> problems(JsonNode file) {
        Set<String> lines = new LinkedHashSet<>();
        for (Error error : SCHEMA.validate(file)) {
            if (!"oneOf".equals(error.getKeyword()) || error.getInstanceNode() == null || !error.getInstanceNode().isObject()) {
                lines.add(line(file, error));
            }
        }
        return capped(new ArrayList<>(lines));
    }

    static List<String> capped(List<String> lines) {
        if (lines.size() <= MAX_LINES) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, MAX_LINES - 1));
        shown.add("… and " + (lines.size() - MAX_LINES + 1) + " more problems.");
        return shown;
    }

    private static String line(JsonNode file, Error error) {
        String where = where(file, error.getInstanceLocation());
        String what = what(error);
        return where.isEmpty() ? Character.toUpperCase(what.charAt(0)) + what.substring(1) : where + ": " + what;
    }

    /** "Step 2, hold", "Stretch 1 (“Calf stretch”), primary muscles, item 3", "" for the file itself. */
    static String where(JsonNode file, NodePath path) {
        List<String> parts = new ArrayList<>();
        JsonNode node = file;
        for (int index = 0; index < path.getNameCount(); index++) {
            Object element = path.getElement(index);
            if (element instanceof Integer number) {
                JsonNode parent = node;
                node = node == null ? null : node.get(number);
                String previous = parts.isEmpty() ? "" : parts.removeLast();
                parts.add(switch (previous) {
                    case "steps" -> "Step " + (number + 1);
                    case "stretches" -> "Stretch " + (number + 1) + named(node);
                    case "postures" -> "posture " + (number + 1);
                    default -> (previous.isEmpty() ? "" : previous + ", ") + "item " + (number + 1);
                });
                if (parent == null) {
                    node = null;
                }
            } else {
                String name = String.valueOf(element);
                node = node == null ? null : node.get(name);
                parts.add(WORDS.getOrDefault(name, "“" + name + "”"));
            }
        }
        String joined = String.join(", ", parts);
        return joined.isEmpty() ? "" : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static String named(JsonNode stretch) {
        JsonNode name = stretch == null ? null : stretch.get("name");
        return name != null && name.isString() && !name.asString().isBlank() ? " (“" + shortened(name.asString()) + "”)" : "";
    }

    private static String what(Error error) {
        JsonNode schema = error.getSchemaNode();
        JsonNode value = error.getInstanceNode();
        String location = error.getSchemaLocation() == null ? "" : error.getSchemaLocation().toString();
        return switch (error.getKeyword()) {
            case "required" -> "“" + error.getProperty() + "” (" + WORDS.getOrDefault(error.getProperty(), error.getProperty())
                    + ") is missing";
            case "additionalProperties" -> "“" + shortened(error.getProperty()) + "” is not part of the routine format";
            case "enum" -> location.contains("muscle")
                    ? shown(value) + " is not a muscle Limber knows"
                    : shown(value) + " is not one of " + allowed(schema);
            case "const" -> "should be " + schema;
            case "type" -> "should be " + kinds(schema);
            case "maxLength" -> "is too long: use at most " + schema.asInt() + " characters";
            case "minLength" -> "is empty";
            case "maxItems" -> "has too many: at most " + schema.asInt();
            case "minItems" -> "needs at least " + schema.asInt();
            case "minimum" -> "use at least " + schema.asInt();
            case "maximum" -> "use at most " + schema.asInt();
            case "uniqueItems" -> "lists the same value twice";
            case "pattern" -> "use lower-case letters, digits and dashes";
            case "oneOf" -> "is not a figure Limber can read";
            default -> error.getMessage();
        };
    }

    private static String allowed(JsonNode values) {
        if (values == null || !values.isArray()) {
            return "the values the format allows";
        }
        List<String> names = new ArrayList<>();
        values.forEach(value -> names.add(value.isNull() ? "null" : value.asString()));
        return String.join(", ", names);
    }

    private static String kinds(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(one -> names.add(one.asString()));
        } else if (type != null) {
            names.add(type.asString());
        }
        return names.stream().map(name -> switch (name) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "array" -> "a list";
            case "object" -> "a group of fields";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> name;
        }).collect(Collectors.joining(" or "));
    }

    private static String shown(JsonNode value) {
        if (value == null) {
            return "the value";
        }
        return value.isString() ? "“" + shortened(value.asString()) + "”" : shortened(value.toString());
    }

    /** A value as it is quoted back: at most 40 characters, with control characters shown as spaces. */
    static String shortened(String text) {
        String plain = text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return plain.codePointCount(0, plain.length()) > 40 ? plain.substring(0, plain.offsetByCodePoints(0, 39)) + "…" : plain;
    }
}
