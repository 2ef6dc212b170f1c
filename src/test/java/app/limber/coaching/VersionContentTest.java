package app.limber.coaching;

import app.limber.body.Muscle;
import app.limber.library.Position;
import app.limber.library.Purpose;
import app.limber.library.StretchKind;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stored JSON of published versions: rows written by earlier code still read, field by
 * field, and what is written today carries its schema number and reads back the same.
 */
class VersionContentTest {

    /**
     * A version as the code before snapshot records stored it (schema 1, no schema field), read
     * back from PostgreSQL's jsonb column after a real publish: four steps, a built-in stretch
     * done each side with a longer right hold and a note, the coach's own stretch, a one-side
     * step, a both-at-once step.
     */
    private static final String SCHEMA_1 = "snapshot/version-v1.json";

    @Test
    void aVersionWrittenBeforeSchemaNumbersStillReadsFieldByField() throws IOException {
        PublishedRoutine routine = VersionContent.parse(resource(SCHEMA_1));

        assertThat(routine.title()).isEqualTo("Post-run calves and hamstrings");
        assertThat(routine.description()).isEqualTo("After every easy run, within ten minutes of stopping.");
        assertThat(routine.purpose()).isEqualTo(Purpose.POST_RUN);
        assertThat(routine.estimatedSeconds()).isEqualTo(475);
        assertThat(routine.steps()).extracting(PublishedStep::name).containsExactly(
                "Standing wall calf stretch", "Stair calf drop", "Lying hamstring stretch with band", "Child's pose");
        assertThat(routine.steps()).as("written before photos existed: none").allSatisfy(step -> assertThat(step.photos()).isEmpty());
        assertThat(routine.steps()).as("written before structured cautions: none")
                .allSatisfy(step -> assertThat(step.contraindications()).isEmpty());
        assertThat(routine.steps()).as("written before easier versions were kept: none")
                .allSatisfy(step -> assertThat(step.easier()).isNull());

        PublishedStep calf = routine.steps().getFirst();
        assertThat(calf.stepId()).isEqualTo(1);
        assertThat(calf.stretchId()).isEqualTo(11);
        assertThat(calf.summary()).startsWith("Lean into a wall with one leg straight behind you");
        assertThat(calf.instructions()).hasSize(6).first().asString().startsWith("Stand facing a wall");
        assertThat(calf.cues()).containsExactly("The stretch is in the calf of the straight back leg.",
                "The back heel stays down and the body makes a straight line from heel to head.");
        assertThat(calf.cautions()).hasSize(5).last().asString().startsWith("See a doctor if cramps are frequent");
        assertThat(calf.kind()).isEqualTo(StretchKind.STATIC);
        assertThat(calf.position()).isEqualTo(Position.STANDING);
        assertThat(calf.primaryMuscles()).containsExactly(Muscle.CALF_GASTROCNEMIUS);
        assertThat(calf.secondaryMuscles()).containsExactly(Muscle.CALF_SOLEUS);
        assertThat(calf.dose()).isEqualTo(new StepDose(30, 2, Sides.EACH_SIDE, 45, 10,
                "Right calf is the tight one: give it longer."));

        PublishedStep own = routine.steps().get(1);
        assertThat(own.stepId()).isEqualTo(2);
        assertThat(own.stretchId()).isEqualTo(43);
        assertThat(own.summary()).isEqualTo("A calf stretch on the stairs.");
        assertThat(own.instructions()).containsExactly("Stand on a step.", "Drop the heels.");
        assertThat(own.cues()).containsExactly("Back of the lower leg.");
        assertThat(own.cautions()).containsExactly("Stop if it hurts.");
        assertThat(own.kind()).isEqualTo(StretchKind.STATIC);
        assertThat(own.position()).isEqualTo(Position.STANDING);
        assertThat(own.primaryMuscles()).containsExactly(Muscle.CALF_SOLEUS);
        assertThat(own.secondaryMuscles()).containsExactly(Muscle.FOOT);
        assertThat(own.dose()).as("no second-side hold: the same on both sides")
                .isEqualTo(new StepDose(20, 3, Sides.EACH_SIDE, null, 0, ""));

        PublishedStep hamstring = routine.steps().get(2);
        assertThat(hamstring.stretchId()).isEqualTo(12);
        assertThat(hamstring.position()).isEqualTo(Position.LYING);
        assertThat(hamstring.primaryMuscles()).containsExactly(Muscle.HAMSTRINGS);
        assertThat(hamstring.secondaryMuscles()).containsExactly(Muscle.CALF_GASTROCNEMIUS);
        assertThat(hamstring.cautions()).hasSize(3);
        assertThat(hamstring.dose()).isEqualTo(new StepDose(40, 1, Sides.LEFT_ONLY, null, 15, "Knee soft, no bouncing."));

        PublishedStep childsPose = routine.steps().get(3);
        assertThat(childsPose.stepId()).isEqualTo(4);
        assertThat(childsPose.stretchId()).isEqualTo(25);
        assertThat(childsPose.position()).isEqualTo(Position.KNEELING);
        assertThat(childsPose.primaryMuscles()).containsExactly(Muscle.LOWER_BACK, Muscle.GLUTES);
        assertThat(childsPose.secondaryMuscles()).containsExactly(Muscle.HAMSTRINGS, Muscle.SHOULDERS);
        assertThat(childsPose.instructions()).hasSize(5);
        assertThat(childsPose.dose()).isEqualTo(new StepDose(60, 1, Sides.BOTH_AT_ONCE, null, 0, ""));
    }

    @Test
    void whatIsWrittenTodayNamesItsSchemaAndReadsBackTheSame() throws IOException {
        PublishedRoutine old = VersionContent.parse(resource(SCHEMA_1));
        String written = new VersionContent().write(old);

        assertThat(written).startsWith("{\"schema\":1,");
        assertThat(VersionContent.parse(written)).isEqualTo(old);
    }

    @Test
    void aVersionCarriesItsStepsStructuredCautions() throws IOException {
        PublishedRoutine old = VersionContent.parse(resource(SCHEMA_1));
        PublishedStep calf = old.steps().getFirst();
        var withCautions = new PublishedStep(calf.stepId(), calf.stretchId(), calf.name(), calf.summary(), calf.instructions(),
                calf.cues(), calf.cautions(), calf.kind(), calf.position(), calf.primaryMuscles(), calf.secondaryMuscles(),
                calf.dose(), calf.pose(), calf.photos(), calf.video(),
                java.util.List.of(app.limber.library.Contraindication.BLOOD_CLOT, app.limber.library.Contraindication.PREGNANCY));
        var routine = new PublishedRoutine(old.title(), old.description(), old.purpose(), old.estimatedSeconds(),
                java.util.List.of(withCautions));

        String written = new VersionContent().write(routine);

        assertThat(written).contains("\"contraindications\":[\"PREGNANCY\",\"BLOOD_CLOT\"]");
        assertThat(VersionContent.parse(written).steps().getFirst().contraindicationCautions()).containsExactly(
                app.limber.library.Contraindication.PREGNANCY.caution(), app.limber.library.Contraindication.BLOOD_CLOT.caution());
    }

    @Test
    void aStepsEasierVersionIsWrittenAtTheEndOfTheStepAndReadsBackWhole() throws IOException {
        PublishedRoutine old = VersionContent.parse(resource(SCHEMA_1));
        PublishedStep calf = old.steps().getFirst();
        PublishedStep own = old.steps().get(1);
        var easier = new EasierVersion(own.stretchId(), own.name(), own.summary(), own.instructions(), own.cues(),
                own.cautions(), own.kind(), own.position(), own.primaryMuscles(), own.secondaryMuscles(), null,
                java.util.List.of(app.limber.library.Contraindication.BLOOD_CLOT));
        var routine = new PublishedRoutine(old.title(), old.description(), old.purpose(), old.estimatedSeconds(),
                java.util.List.of(calf.withEasier(easier), own));

        String written = new VersionContent().write(routine);
        PublishedRoutine read = VersionContent.parse(written);

        assertThat(written).contains("\"easier\":{\"stretchId\":43,\"name\":\"Stair calf drop\"", "\"easier\":null");
        assertThat(read).isEqualTo(routine);
        assertThat(read.steps().getFirst().easier().instructions()).containsExactly("Stand on a step.", "Drop the heels.");
        assertThat(read.steps().getFirst().easier().contraindicationCautions())
                .containsExactly(app.limber.library.Contraindication.BLOOD_CLOT.caution());
        assertThat(read.steps().get(1).easier()).isNull();
    }

    @Test
    void theSameVersionReadsAsTheSameInstanceWhileCached() throws IOException {
        var content = new VersionContent();
        var version = new RoutineVersion(7, 1, "", Instant.EPOCH, resource(SCHEMA_1));
        org.springframework.test.util.ReflectionTestUtils.setField(version, "id", 99L);

        assertThat(content.read(version)).as("PlayPlan's cache keys on this identity").isSameAs(content.read(version));
    }

    @Test
    void aNewerSchemaOrAnUnknownFieldIsRefusedNotMisread() throws IOException {
        String schema1 = resource(SCHEMA_1);

        assertThatThrownBy(() -> VersionContent.parse(schema1.replaceFirst("\\{", "{\"schema\": 2, ")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("schema 2");
        assertThatThrownBy(() -> VersionContent.parse(schema1.replaceFirst("\\{", "{\"level\": \"easy\", ")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("level");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = VersionContentTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
