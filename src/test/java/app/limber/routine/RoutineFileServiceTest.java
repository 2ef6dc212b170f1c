package app.limber.routine;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.LibraryServiceTestDrafts;
import app.limber.library.StretchCard;
import app.limber.library.StretchDetails;
import app.limber.support.LimberTest;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutineFileServiceTest extends LimberTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RoutineFileService files;

    @Autowired
    RoutineService routines;

    @Autowired
    LibraryService library;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void twoCoaches() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey", "casey-password-1"));
        accounts.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        authenticateAs("casey@example.com");
    }

    @Test
    void anExportCarriesTheRoutineItsDosesAndEveryStretchInFullWithoutIdsOrDates() {
        RoutineDetails routine = aRoutineWithABuiltInAndAnOwnStretch("Łódź 🏃 cool-down");

        JsonNode file = JSON.readTree(RoutineFileJson.write(files.export(routine.id())));

        assertThat(file.get("format").asString()).isEqualTo("limber-routine");
        assertThat(file.get("version").asInt()).isEqualTo(1);
        assertThat(file.get("title").asString()).isEqualTo("Łódź 🏃 cool-down");
        assertThat(file.get("steps")).hasSize(3);
        JsonNode first = file.get("steps").get(0);
        assertThat(first.get("stretch").asString()).isEqualTo("standing-wall-calf-stretch");
        assertThat(first.get("holdSeconds").asInt()).isEqualTo(40);
        assertThat(first.get("secondSideHoldSeconds").asInt()).isEqualTo(50);
        assertThat(first.get("sides").asString()).isEqualTo("EACH_SIDE");
        assertThat(first.get("note").asString()).isEqualTo("Heel down, “slowly”");
        assertThat(file.get("stretches")).as("each stretch once, in the order of first use").hasSize(2);
        JsonNode builtIn = file.get("stretches").get(0);
        StretchDetails stored = library.find(routine.steps().getFirst().stretchId()).orElseThrow();
        assertThat(builtIn.get("builtIn").asBoolean()).isTrue();
        assertThat(builtIn.get("name").asString()).isEqualTo(stored.name());
        assertThat(builtIn.get("instructions")).hasSize(stored.instructions().size());
        assertThat(builtIn.get("cautions")).hasSize(stored.cautions().size());
        assertThat(builtIn.get("sources")).hasSize(stored.sources().size());
        assertThat(builtIn.get("primaryMuscles").get(0).asString()).isEqualTo(stored.primaryMuscles().getFirst().name());
        assertThat(builtIn.get("pose").get("view").asString()).isEqualTo(stored.pose().view().name());
        JsonNode own = file.get("stretches").get(1);
        assertThat(own.get("builtIn").asBoolean()).isFalse();
        assertThat(own.get("name").asString()).isEqualTo("Stair calf drop");
        assertThat(file.toString()).doesNotContain("\"id\"", "createdAt", "updatedAt", "\"version\":" + routine.version() + "0");
        assertThat(schemaErrors(file)).isEmpty();
    }

    @Test
    void everyExportIsValidUnderTheSchema() {
        for (RoutineTemplate template : routines.templates()) {
            RoutineDetails routine = routines.createFromTemplate(template.slug());
            assertThat(schemaErrors(JSON.readTree(RoutineFileJson.write(files.export(routine.id())))))
                    .as(template.title()).isEmpty();
        }
        RoutineDetails mixed = aRoutineWithABuiltInAndAnOwnStretch("Mixed");
        assertThat(schemaErrors(JSON.readTree(RoutineFileJson.write(files.export(mixed.id()))))).isEmpty();
        assertThat(files.exportAll()).hasSize(routines.templates().size() + 1)
                .allSatisfy(file -> assertThat(schemaErrors(JSON.readTree(RoutineFileJson.write(file)))).isEmpty());
    }

    @Test
    void exportThenImportThenExportGivesTheSameDocumentForTheCoachAndForAnother() {
        RoutineDetails routine = aRoutineWithABuiltInAndAnOwnStretch("Round trip");
        byte[] exported = RoutineFileJson.write(files.export(routine.id()));
        long ownStretches = ownStretches();

        RoutineDetails imported = files.importFile(exported);

        assertThat(imported.id()).isNotEqualTo(routine.id());
        assertThat(new String(RoutineFileJson.write(files.export(imported.id())), StandardCharsets.UTF_8))
                .isEqualTo(new String(exported, StandardCharsets.UTF_8));
        assertThat(ownStretches()).as("the coach's identical stretch is used again").isEqualTo(ownStretches);

        authenticateAs("dana@example.com");
        RoutineDetails dana = files.importFile(exported);
        assertThat(dana.ownerId()).isNotEqualTo(routine.ownerId());
        assertThat(new String(RoutineFileJson.write(files.export(dana.id())), StandardCharsets.UTF_8))
                .isEqualTo(new String(exported, StandardCharsets.UTF_8));
        assertThat(ownStretches()).as("Dana got her own copy of the one own stretch").isEqualTo(ownStretches + 1);
    }

    @Test
    void aBuiltInIsUsedBySlugAndAnyOtherStretchBecomesTheCoachsOwnOncePerFile() {
        RoutineDetails routine = aRoutineWithABuiltInAndAnOwnStretch("Shared");
        byte[] exported = RoutineFileJson.write(files.export(routine.id()));
        authenticateAs("dana@example.com");

        RoutineDetails imported = files.importFile(exported);

        assertThat(imported.steps()).extracting(StepDetails::stretchId)
                .first().isEqualTo(routine.steps().getFirst().stretchId());
        long danasStretch = imported.steps().get(1).stretchId();
        assertThat(imported.steps().get(2).stretchId()).as("two steps, one stretch").isEqualTo(danasStretch);
        StretchDetails own = library.find(danasStretch).orElseThrow();
        assertThat(own.mine()).isTrue();
        assertThat(own.name()).isEqualTo("Stair calf drop");
        assertThat(imported.title()).isEqualTo("Shared");
        assertThat(routines.list("", false)).extracting(RoutineSummary::title).containsExactly("Shared");
    }

    @Test
    void aStretchWhoseNameIsTakenByADifferentOneOfTheCoachsIsImportedUnderANewName() {
        RoutineDetails routine = aRoutineWithABuiltInAndAnOwnStretch("Names");
        byte[] exported = RoutineFileJson.write(files.export(routine.id()));
        authenticateAs("dana@example.com");
        library.create(new app.limber.library.StretchDraft("Stair calf drop", "Dana's own", List.of("Something else."),
                List.of(), List.of(), app.limber.library.StretchKind.STATIC, app.limber.library.Position.STANDING, java.util.Set.of(),
                java.util.Set.of(), 20, 1, false, List.of(app.limber.body.Muscle.CALF_SOLEUS), List.of(), ""));

        RoutineDetails imported = files.importFile(exported);

        assertThat(library.find(imported.steps().get(1).stretchId()).orElseThrow().name()).isEqualTo("Stair calf drop (imported)");
    }

    @Test
    void anotherCoachsRoutineIsNotFoundLikeAMissingOne() {
        RoutineDetails caseys = aRoutineWithABuiltInAndAnOwnStretch("Casey's");
        authenticateAs("dana@example.com");

        assertThatThrownBy(() -> files.export(caseys.id())).isInstanceOf(RoutineNotFoundException.class)
                .hasMessage(new RoutineNotFoundException(caseys.id()).getMessage());
        assertThatThrownBy(() -> files.export(caseys.id() + 1000)).isInstanceOf(RoutineNotFoundException.class);
    }

    @Test
    void aFileOfAnotherVersionIsRefusedSayingWhichVersionsAreRead() {
        refused(file -> file.put("version", 2), "This file is in version 2 of the routine format; this Limber reads version 1.");
        refused(file -> file.put("format", "wger-routine"), "This is not a Limber routine file: its “format” should be “limber-routine”.");
    }

    @Test
    void missingFieldsAreNamedInTheCoachsWords() {
        refused(file -> ((ObjectNode) file.get("steps").get(1)).remove("holdSeconds"), "Step 2: “holdSeconds” (hold) is missing");
        refused(file -> file.remove("title"), "“title” (title) is missing");
    }

    @Test
    void aNulInTheTitleOrANoteIsRefused() {
        refused(file -> file.put("title", "Cool\u0000down"), "Title: Remove the invisible control character from this text.");
        refused(file -> ((ObjectNode) file.get("steps").get(0)).put("note", "a\u0000b"),
                "Step 1, note: Remove the invisible control character from this text.");
        refused(file -> ((ObjectNode) file.get("stretches").get(1)).put("name", "Stair\u0007drop"),
                "Stretch 2 (“Stair drop”), name: Remove the invisible control character from this text.");
    }

    @Test
    void moreStepsThanARoutineHoldsAreRefused() {
        refused(file -> {
            ArrayNode steps = (ArrayNode) file.get("steps");
            while (steps.size() <= RoutineService.MAX_STEPS) {
                steps.add(steps.get(0).deepCopy());
            }
        }, "Steps: has too many: at most 60");
    }

    @Test
    void anUnknownMuscleAnOutOfRangeDoseAndAMissingStretchAreEachListed() {
        List<String> problems = problems(file -> {
            ((ArrayNode) file.get("stretches").get(1).get("primaryMuscles")).add("BICEPS");
            ((ObjectNode) file.get("steps").get(0)).put("holdSeconds", 9000);
        });
        assertThat(problems).containsExactlyInAnyOrder(
                "Stretch 2 (“Stair calf drop”), primary muscles, item 2: “BICEPS” is not a muscle Limber knows",
                "Step 1, hold: use at most 600");

        assertThat(problems(file -> ((ObjectNode) file.get("steps").get(2)).put("stretch", "no-such-stretch")))
                .containsExactly("Step 3, stretch: no stretch in the file has the slug “no-such-stretch”.");
        assertThat(problems(file -> ((ObjectNode) file.get("steps").get(0)).put("sides", "BOTH_AT_ONCE")))
                .containsExactly("Step 1, second-side hold: A second-side hold needs \"Each side\".");

        var spanish = refusal(file -> ((ObjectNode) file.get("steps").get(2)).put("stretch", "no-such-stretch"));
        assertThat(spanish.lines()).extracting(app.limber.base.Words::key).containsExactly("routine-file.no-such-slug");
        assertThat(spanish.lines().getFirst().in(java.util.Locale.of("es")))
                .isEqualTo("Paso 3, estiramiento: ningún estiramiento del archivo tiene el identificador “no-such-stretch”.");
        assertThat(refusal(file -> ((ObjectNode) file.get("steps").get(0)).put("holdSeconds", 9000)).lines().getFirst()
                .in(java.util.Locale.GERMAN)).isEqualTo("Schritt 1, Halten: nimm höchstens 600");
    }

    @Test
    void hostileFilesAreRefusedWithAMessageAndNothingStored() {
        assertRefused("x".repeat(RoutineFileJson.MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8),
                "The file is 1000 kB; a routine file is at most 1 MB.");
        assertRefused("[".repeat(5000).getBytes(StandardCharsets.UTF_8), "nested more than 32 levels deep");
        assertRefused("{\"format\": \"limber-routine\",".getBytes(StandardCharsets.UTF_8), "The file is not JSON that Limber can read");
        assertRefused(new byte[0], "The file is empty.");
        refused(file -> file.put("description", "d".repeat(200_000)), "Description: is too long: use at most 2000 characters");
        refused(file -> file.put("extra", true), "“extra” is not part of the routine format");
    }

    @Test
    void aFileWithAGoodStretchAndABadStepStoresNothing() {
        RoutineDetails routine = aRoutineWithABuiltInAndAnOwnStretch("Half");
        byte[] exported = RoutineFileJson.write(files.export(routine.id()));
        authenticateAs("dana@example.com");
        ObjectNode file = (ObjectNode) JSON.readTree(exported);
        ((ObjectNode) file.get("steps").get(2)).put("note", "n".repeat(501));

        assertThatThrownBy(() -> files.importFile(JSON.writeValueAsBytes(file)))
                .isInstanceOf(InvalidRoutineFileException.class);

        assertThat(routines.list("", false)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from stretch s join user_account u on u.id = s.owner_id"
                + " where u.email = 'dana@example.com'", Long.class)).isZero();
    }

    private void refused(Consumer<ObjectNode> change, String expected) {
        assertThat(problems(change)).anySatisfy(problem -> assertThat(problem).contains(expected));
    }

    private InvalidRoutineFileException refusal(Consumer<ObjectNode> change) {
        RoutineDetails routine = aRoutineWithABuiltInAndAnOwnStretch("Template " + System.nanoTime());
        ObjectNode file = (ObjectNode) JSON.readTree(RoutineFileJson.write(files.export(routine.id())));
        change.accept(file);
        return org.junit.jupiter.api.Assertions.assertThrows(InvalidRoutineFileException.class,
                () -> files.importFile(JSON.writeValueAsBytes(file)));
    }

    private List<String> problems(Consumer<ObjectNode> change) {
        RoutineDetails routine = aRoutineWithABuiltInAndAnOwnStretch("Template " + System.nanoTime());
        ObjectNode file = (ObjectNode) JSON.readTree(RoutineFileJson.write(files.export(routine.id())));
        change.accept(file);
        return assertRefused(JSON.writeValueAsBytes(file), null);
    }

    private List<String> assertRefused(byte[] content, String expected) {
        long routinesBefore = jdbc.queryForObject("select count(*) from routine", Long.class);
        long stretchesBefore = jdbc.queryForObject("select count(*) from stretch", Long.class);
        var refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidRoutineFileException.class, () -> files.importFile(content));
        assertThat(refused.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(RoutineFileSchema.MAX_LINES)
                .allSatisfy(line -> assertThat(line).doesNotContain("$.", "Exception", "tools.jackson"));
        if (expected != null) {
            assertThat(refused.problems()).anySatisfy(problem -> assertThat(problem).contains(expected));
        }
        assertThat(jdbc.queryForObject("select count(*) from routine", Long.class)).isEqualTo(routinesBefore);
        assertThat(jdbc.queryForObject("select count(*) from stretch", Long.class)).isEqualTo(stretchesBefore);
        return refused.problems();
    }

    /** A built-in with a second-side hold and a note, then a stretch of the coach's own twice. */
    private RoutineDetails aRoutineWithABuiltInAndAnOwnStretch(String title) {
        StretchCard wallCalf = library.search(LibraryFilter.NONE, 0, 100).stream()
                .filter(card -> card.name().equals("Standing wall calf stretch")).findFirst().orElseThrow();
        long own = library.find(library.search(LibraryFilter.NONE, 0, 200).stream()
                        .filter(card -> card.name().equals("Stair calf drop")).map(StretchCard::id).findFirst()
                        .orElseGet(() -> library.create(LibraryServiceTestDrafts.draft("Stair calf drop")).id()))
                .orElseThrow().id();
        RoutineDetails routine = routines.create(title);
        routine = routines.addStep(routine.id(), wallCalf.id(), 0);
        routine = routines.addStep(routine.id(), own, 1);
        routine = routines.addStep(routine.id(), own, 2);
        routine = routines.changeStep(routine.id(), routine.steps().getFirst().id(),
                new StepDose(40, 2, Sides.EACH_SIDE, 50, 15, "Heel down, “slowly”"));
        return routines.describe(routine.id(), title, "After the long run.", app.limber.library.Purpose.POST_RUN);
    }

    private long ownStretches() {
        return jdbc.queryForObject("select count(*) from stretch where owner_id is not null", Long.class);
    }

    private static List<Error> schemaErrors(JsonNode file) {
        try (InputStream schema = RoutineFileServiceTest.class.getClassLoader().getResourceAsStream("routine/routine-format.schema.json")) {
            Schema loaded = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
            return loaded.validate(file);
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
