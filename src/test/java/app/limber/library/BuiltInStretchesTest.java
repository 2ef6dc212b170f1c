package app.limber.library;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.library.BuiltInStretches.Entry;
import app.limber.library.BuiltInStretches.LibraryFile;
import app.limber.support.LimberTest;
import app.limber.support.StatedAmounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading the data file again and again: only what changed changes; coaches' stretches stay. */
class BuiltInStretchesTest extends LimberTest {

    @Autowired
    BuiltInStretches builtIns;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService library;

    @AfterEach
    void backToTheShippedFile() {
        jdbc.update("delete from stretch where owner_id is null and slug = 'brand-new-drill'");
        builtIns.load(BuiltInStretches.read());
    }

    @Test
    void aDraftsSetsIterateInTheirEnumsOrderSoThatAnEntrysFingerprintIsTheSameOnEveryStart() {
        List<Purpose> purposes = new ArrayList<>(List.of(Purpose.values()));
        List<Equipment> equipment = new ArrayList<>(List.of(Equipment.values()));
        java.util.Collections.reverse(purposes);
        java.util.Collections.reverse(equipment);
        var draft = new StretchDraft("Any", "", List.of(), List.of(), List.of(), StretchKind.STATIC, Position.STANDING,
                new java.util.LinkedHashSet<>(equipment), new java.util.LinkedHashSet<>(purposes), 30, 1, false,
                List.of(), List.of(), "");

        assertThat(draft.purposes()).containsExactly(Purpose.values());
        assertThat(draft.equipment()).containsExactly(Equipment.values());
        assertThat(draft.toString()).isEqualTo(new StretchDraft("Any", "", List.of(), List.of(), List.of(), StretchKind.STATIC,
                Position.STANDING, java.util.EnumSet.allOf(Equipment.class), java.util.EnumSet.allOf(Purpose.class), 30, 1, false,
                List.of(), List.of(), "").toString());
    }

    @Test
    void twoNodesLoadingAtOnceIntoAnEmptyLibraryBothFinishWithOneCopyOfEachStretch() throws Exception {
        jdbc.update("delete from stretch");
        LibraryFile file = BuiltInStretches.read();
        var go = new CountDownLatch(1);
        List<BuiltInStretches.LoadResult> results = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(2)) {
            List<Future<BuiltInStretches.LoadResult>> loads = List.of(
                    executor.submit(() -> { go.await(); return builtIns.load(file); }),
                    executor.submit(() -> { go.await(); return builtIns.load(file); }));
            go.countDown();
            for (Future<BuiltInStretches.LoadResult> load : loads) {
                results.add(load.get(60, TimeUnit.SECONDS)); // a duplicate slug on either would throw here
            }
        }
        assertThat(builtInCount()).isEqualTo(file.stretches().size());
        assertThat(results).as("one loaded them, the other found them loaded").containsExactlyInAnyOrder(
                new BuiltInStretches.LoadResult(file.stretches().size(), 0, 0, 0),
                new BuiltInStretches.LoadResult(0, 0, 0, file.stretches().size()));
    }

    @Test
    void loadingTheSameFileAgainChangesNothing() {
        LibraryFile file = BuiltInStretches.read();

        var result = builtIns.load(file);

        assertThat(result).isEqualTo(new BuiltInStretches.LoadResult(0, 0, 0, file.stretches().size()));
        assertThat(builtInCount()).isEqualTo(file.stretches().size());
    }

    @Test
    void aNewReleaseAddsCorrectsAndRetiresBuiltInsButLeavesCoachesStretchesAlone() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey", "casey-password-1"));
        authenticateAs("casey@example.com");
        StretchDetails mine = library.create(LibraryServiceTest.draft("Stair calf drop"));
        LibraryFile shipped = BuiltInStretches.read();

        List<Entry> next = new ArrayList<>(shipped.stretches());
        Entry retired = next.removeFirst();
        Entry corrected = next.removeFirst();
        next.add(withName(corrected, corrected.name() + ", corrected"));
        next.add(withSlug(withName(corrected, "Brand new drill"), "brand-new-drill"));
        var result = builtIns.load(new LibraryFile(2, shipped.sources(), shipped.sharedCautions(), next));

        assertThat(result).isEqualTo(new BuiltInStretches.LoadResult(1, 1, 1, shipped.stretches().size() - 2));
        assertThat(jdbc.queryForObject("select archived from stretch where owner_id is null and slug = ?", Boolean.class, retired.slug())).isTrue();
        assertThat(jdbc.queryForObject("select name from stretch where owner_id is null and slug = ?", String.class, corrected.slug()))
                .isEqualTo(corrected.name() + ", corrected");
        assertThat(library.find(mine.id())).contains(mine);
    }

    /**
     * Issue 12 took the hold times and counts out of the built-in words; a database that an
     * earlier release filled keeps its rows, so the next start must bring them the new words.
     */
    @Test
    void aDatabaseHoldingTheWordsThatStatedHoldTimesGetsTheNewWordsAtTheNextStart() {
        LibraryFile shipped = BuiltInStretches.read();
        List<Entry> before = shipped.stretches().stream().map(entry -> switch (entry.slug()) {
            case "standing-quad-stretch" -> withWords(entry, "Stay tall without arching your lower back and hold.",
                    "Stay tall without arching your lower back and hold for about 20 seconds.");
            case "standing-knee-bend-calf-stretch" -> withWords(withWords(entry,
                            "for a calf cramp too intense to lunge on; hold briefly and repeat.",
                            "for a calf cramp too intense to lunge on; hold 10-15 s and repeat."),
                    "Hold, then straighten the knee to release.", "Hold for 10 to 15 seconds, then straighten the knee to release.");
            default -> entry;
        }).toList();
        builtIns.load(new LibraryFile(1, shipped.sources(), shipped.sharedCautions(), before));
        assertThat(storedWords("standing-quad-stretch")).contains("hold for about 20 seconds");

        var result = builtIns.load(shipped);

        assertThat(result).isEqualTo(new BuiltInStretches.LoadResult(0, 2, 0, shipped.stretches().size() - 2));
        for (String slug : List.of("standing-quad-stretch", "standing-knee-bend-calf-stretch")) {
            Entry now = shipped.stretches().stream().filter(entry -> entry.slug().equals(slug)).findFirst().orElseThrow();
            assertThat(jdbc.queryForObject("select summary from stretch where owner_id is null and slug = ?", String.class, slug))
                    .isEqualTo(now.summary());
            assertThat(storedWords(slug)).isEqualTo(String.join("\n", now.instructions()));
        }
        assertThat(jdbc.queryForList("select slug || ': ' || summary || ' ' || array_to_string(instructions || cues, ' ')"
                + " from stretch where owner_id is null", String.class))
                .as("no built-in stretch in the database states an amount").allSatisfy(words ->
                        assertThat(StatedAmounts.in(words)).as(words).isEmpty());
    }

    @Test
    void aBrokenDataFileIsRefusedNamingTheEntry() {
        LibraryFile shipped = BuiltInStretches.read();
        List<Entry> twice = new ArrayList<>(shipped.stretches());
        twice.add(withSlug(twice.getFirst(), "another-slug"));

        assertThatThrownBy(() -> builtIns.load(new LibraryFile(2, shipped.sources(), shipped.sharedCautions(), twice)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another-slug").hasMessageContaining("name");
        assertThat(builtInCount()).isEqualTo(shipped.stretches().size());
    }

    private int builtInCount() {
        return jdbc.queryForObject("select count(*) from stretch where owner_id is null and not archived", Integer.class);
    }

    private String storedWords(String slug) {
        return jdbc.queryForObject("select array_to_string(instructions, E'\\n') from stretch where owner_id is null and slug = ?",
                String.class, slug);
    }

    /** The entry with one line of its summary or instructions as it used to read; the line must be there now. */
    private static Entry withWords(Entry entry, String now, String before) {
        assertThat(entry.summary().contains(now) || entry.instructions().contains(now)).as(entry.slug() + ": " + now).isTrue();
        return new Entry(entry.slug(), entry.name(), entry.summary().replace(now, before), entry.kind(), entry.position(),
                entry.equipment(), entry.purposes(), entry.holdSeconds(), entry.reps(), entry.perSide(), entry.primaryMuscles(),
                entry.secondaryMuscles(), entry.instructions().stream().map(line -> line.equals(now) ? before : line).toList(),
                entry.cues(), entry.cautions(), entry.source(), entry.alsoIn(), entry.pose(), entry.stepsWrittenByUs());
    }

    private static Entry withName(Entry entry, String name) {
        return new Entry(entry.slug(), name, entry.summary(), entry.kind(), entry.position(), entry.equipment(),
                entry.purposes(), entry.holdSeconds(), entry.reps(), entry.perSide(), entry.primaryMuscles(),
                entry.secondaryMuscles(), entry.instructions(), entry.cues(), entry.cautions(), entry.source(), entry.alsoIn(), entry.pose(), entry.stepsWrittenByUs());
    }

    private static Entry withSlug(Entry entry, String slug) {
        return new Entry(slug, entry.name(), entry.summary(), entry.kind(), entry.position(), entry.equipment(),
                entry.purposes(), entry.holdSeconds(), entry.reps(), entry.perSide(), entry.primaryMuscles(),
                entry.secondaryMuscles(), entry.instructions(), entry.cues(), entry.cautions(), entry.source(), entry.alsoIn(), entry.pose(), entry.stepsWrittenByUs());
    }
}
