package app.limber.routine;

import app.limber.body.Muscle;
import app.limber.body.Pose;
import app.limber.library.Equipment;
import app.limber.library.Position;
import app.limber.library.Purpose;
import app.limber.library.StretchKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema and the doc name exactly the values Limber has: a new muscle, kind or side in the
 * code fails here until the format (and docs/routine-format.md) says it.
 */
class RoutineFormatSchemaTest {

    private static final JsonNode SCHEMA = schema();

    @Test
    void theSchemaListsEveryValueOfEveryChoiceAndNoOther() {
        assertThat(values("/$defs/muscle/enum")).containsExactlyElementsOf(names(Muscle.values()));
        assertThat(values("/$defs/stretch/properties/kind/enum")).containsExactlyElementsOf(names(StretchKind.values()));
        assertThat(values("/$defs/stretch/properties/position/enum")).containsExactlyElementsOf(names(Position.values()));
        assertThat(values("/$defs/stretch/properties/equipment/items/enum")).containsExactlyElementsOf(
                Stream.of(Equipment.values()).filter(item -> item != Equipment.NONE).map(Enum::name).toList());
        assertThat(values("/$defs/stretch/properties/purposes/items/enum")).containsExactlyElementsOf(names(Purpose.values()));
        assertThat(values("/properties/purpose/enum")).containsExactlyElementsOf(
                Stream.concat(Stream.of("null"), Stream.of(Purpose.values()).map(Enum::name)).toList());
        assertThat(values("/$defs/step/properties/sides/enum")).containsExactlyElementsOf(names(Sides.values()));
        assertThat(values("/$defs/pose/properties/view/enum")).containsExactlyElementsOf(names(Pose.View.values()));
        assertThat(values("/$defs/pose/properties/focus/enum")).containsExactlyElementsOf(names(Pose.Focus.values()));
        assertThat(values("/$defs/pose/properties/props/items/enum")).containsExactlyElementsOf(names(Pose.Prop.values()));
        assertThat(values("/$defs/pose/properties/motion/enum")).containsExactlyElementsOf(names(Pose.Motion.values()));
    }

    @Test
    void theSchemaNamesEveryFieldOfTheFilesRecordsAndTheDocExplainsEach() throws IOException {
        String doc = Files.readString(Path.of("docs/routine-format.md"));
        for (var pair : List.of(
                new Object[] {"", RoutineFile.class}, new Object[] {"/$defs/step", RoutineFile.Step.class},
                new Object[] {"/$defs/stretch", RoutineFile.Stretch.class})) {
            List<String> fields = Arrays.stream(((Class<?>) pair[1]).getRecordComponents()).map(component -> component.getName()).toList();
            List<String> inSchema = new ArrayList<>();
            SCHEMA.at(pair[0] + "/properties").propertyNames().forEach(inSchema::add);
            assertThat(inSchema).as(pair[1].toString()).containsExactlyInAnyOrderElementsOf(fields);
            assertThat(fields).allSatisfy(field -> assertThat(doc).contains("`" + field + "`"));
        }
        assertThat(doc).contains("routine-format.schema.json");
        assertThat(SCHEMA.at("/properties/version/const").asInt()).isEqualTo(RoutineFile.VERSION);
        assertThat(SCHEMA.at("/properties/format/const").asString()).isEqualTo(RoutineFile.FORMAT);
        assertThat(SCHEMA.at("/properties/steps/maxItems").asInt()).isEqualTo(RoutineService.MAX_STEPS);
    }

    private static List<String> values(String pointer) {
        List<String> values = new ArrayList<>();
        SCHEMA.at(pointer).forEach(value -> values.add(value.isNull() ? "null" : value.asString()));
        assertThat(values).as(pointer).isNotEmpty();
        return values;
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }

    private static JsonNode schema() {
        try (InputStream in = RoutineFormatSchemaTest.class.getClassLoader().getResourceAsStream(RoutineFileSchema.RESOURCE)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
