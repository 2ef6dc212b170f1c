package app.limber.routine.web;

import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.HttpVisitor;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The routine file's download over HTTP, through the real security chain. */
class RoutineFileHttpTest extends LimberTest {

    @Autowired
    RoutineService routines;

    @Test
    void theOwningCoachDownloadsTheFileUnderANameMadeFromTheTitle() throws Exception {
        Person casey = given.aCoach();
        RoutineDetails routine = given.as(casey.email(), () -> {
            RoutineDetails created = routines.createFromTemplate(routines.templates().getFirst().slug());
            return routines.describe(created.id(), "Łódź 🏃 intervals", created.description(), created.purpose());
        });

        HttpResponse<byte[]> file = HttpVisitor.signedIn(port, casey.email(), Fixtures.CASEY.password())
                .get("/routines/" + routine.id() + "/routine.json");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"lodz-intervals.limber.json\"; filename*=UTF-8''lodz-intervals.limber.json");
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        JsonNode json = JsonMapper.builder().build().readTree(new String(file.body(), StandardCharsets.UTF_8));
        assertThat(json.get("format").asString()).isEqualTo("limber-routine");
        assertThat(json.get("title").asString()).isEqualTo("Łódź 🏃 intervals");
        assertThat(json.get("steps")).hasSize(routine.steps().size());
    }

    @Test
    void allOfACoachsRoutinesComeAsOneZipOfRoutineFilesAndNoneOfAnotherCoachs() throws Exception {
        Person casey = given.aCoach();
        Person dana = given.aCoach(Fixtures.DANA);
        given.as(casey.email(), () -> {
            routines.create("Hips");
            routines.archive(routines.create("Hips").id());
            return routines.create("Łódź 🏃");
        });
        given.as(dana.email(), () -> routines.create("Dana's only"));

        HttpResponse<byte[]> zip = HttpVisitor.signedIn(port, casey.email(), Fixtures.CASEY.password())
                .get("/routines/all-routines.zip");

        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment; filename=\"limber-routines.zip\""));
        java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries.keySet()).containsExactly("routines/001-hips.limber.json", "routines/002-hips.limber.json",
                "routines/003-lodz.limber.json");
        assertThat(entries.values()).allSatisfy(file -> assertThat(file).contains("\"format\" : \"limber-routine\""))
                .noneSatisfy(file -> assertThat(file).contains("Dana's only"));
    }

    @Test
    void anotherCoachGetsTheSameNotFoundAsForAMissingRoutineAndNoOneElseGetsIt() throws Exception {
        Person casey = given.aCoach();
        Person dana = given.aCoach(Fixtures.DANA);
        RoutineDetails routine = given.as(casey.email(), () -> routines.create("Casey's secret"));
        HttpVisitor danaVisits = HttpVisitor.signedIn(port, dana.email(), Fixtures.DANA.password());

        HttpResponse<byte[]> notHers = danaVisits.get("/routines/" + routine.id() + "/routine.json");
        HttpResponse<byte[]> missing = danaVisits.get("/routines/" + (routine.id() + 999) + "/routine.json");

        assertThat(notHers.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(new String(notHers.body(), StandardCharsets.UTF_8)).isEqualTo(new String(missing.body(), StandardCharsets.UTF_8))
                .doesNotContain("Casey's secret");
        String german = new String(danaVisits.get("/routines/" + routine.id() + "/routine.json", "Accept-Language", "de").body(),
                StandardCharsets.UTF_8);
        assertThat(german).as("in the reader's language").contains("<html lang=\"de\">", "Hier ist nichts")
                .doesNotContain("Nothing here", "Casey's secret");
        HttpResponse<byte[]> anonymous = HttpVisitor.anonymous(port).get("/routines/" + routine.id() + "/routine.json");
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(new String(anonymous.body(), StandardCharsets.UTF_8)).doesNotContain("Casey's secret");
    }
}
