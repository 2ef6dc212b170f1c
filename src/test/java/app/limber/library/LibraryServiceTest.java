package app.limber.library;

import app.limber.body.Muscle;
import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.account.TestAccounts;
import app.limber.support.LimberTest;
import app.limber.support.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import static app.limber.library.InvalidStretchException.Field.HOLD;
import static app.limber.library.InvalidStretchException.Field.INSTRUCTIONS;
import static app.limber.library.InvalidStretchException.Field.KIND;
import static app.limber.library.InvalidStretchException.Field.NAME;
import static app.limber.library.InvalidStretchException.Field.POSITION;
import static app.limber.library.InvalidStretchException.Field.PRIMARY_MUSCLES;
import static app.limber.library.InvalidStretchException.Field.REPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryServiceTest extends LimberTest {

    static final SignUp CASEY = new SignUp("casey@example.com", "Casey", "casey-password-1");
    static final SignUp DANA = new SignUp("dana@example.com", "Dana", "dana-password-12");

    @Autowired
    LibraryService library;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void twoCoaches() {
        accounts.signUpCoach(CASEY);
        accounts.signUpCoach(DANA);
        authenticateAs(CASEY.email());
    }

    static StretchDraft draft(String name) {
        return new StretchDraft(name, "A calf stretch on the stairs.", List.of("Stand on a step.", "Drop the heels."),
                List.of("Back of the lower leg."), List.of("Stop if it hurts."), StretchKind.STATIC, Position.STANDING,
                Set.of(), Set.of(Purpose.POST_RUN), 30, 2, true, List.of(Muscle.CALF_SOLEUS), List.of(Muscle.FOOT), "My notes");
    }

    @Test
    void aCoachCreatesAStretchOfTheirOwn() {
        StretchDetails created = library.create(draft("  Stair calf drop "));

        assertThat(created.name()).isEqualTo("Stair calf drop");
        assertThat(created.slug()).isEqualTo("stair-calf-drop");
        assertThat(created.mine()).isTrue();
        assertThat(created.builtIn()).isFalse();
        assertThat(created.instructions()).containsExactly("Stand on a step.", "Drop the heels.");
        assertThat(created.primaryMuscles()).containsExactly(Muscle.CALF_SOLEUS);
        assertThat(created.secondaryMuscles()).containsExactly(Muscle.FOOT);
        assertThat(library.find(created.id())).contains(created);
        assertThat(library.search(LibraryFilter.NONE.withOwnership(Ownership.MINE), 0, 50))
                .extracting(StretchCard::name).containsExactly("Stair calf drop");
    }

    @Test
    void everyRuleIsCheckedAndNothingIsStored() {
        var broken = new StretchDraft(" ", null, List.of(), List.of(), List.of(), null, null, Set.of(), Set.of(),
                601, 0, false, List.of(), List.of(), null);

        assertThatThrownBy(() -> library.create(broken))
                .isInstanceOfSatisfying(InvalidStretchException.class, refused -> assertThat(refused.errors())
                        .containsOnlyKeys(NAME, INSTRUCTIONS, KIND, POSITION, HOLD, REPS, PRIMARY_MUSCLES)
                        .containsEntry(NAME, "Give the stretch a name.")
                        .containsEntry(INSTRUCTIONS, "Add at least one instruction step.")
                        .containsEntry(HOLD, "Hold between 0 and 600 seconds.")
                        .containsEntry(REPS, "Use 1 to 50 reps.")
                        .containsEntry(PRIMARY_MUSCLES, "Choose at least one muscle it stretches."));
        assertThat(ownStretchCount()).isZero();
    }

    @Test
    void limitsAreInclusive() {
        var longest = new StretchDraft("x".repeat(80), "", Collections.nCopies(20, "y".repeat(300)), List.of(), List.of(),
                StretchKind.STATIC, Position.LYING, Set.of(), Set.of(), 600, 50, false, List.of(Muscle.HAMSTRINGS), List.of(), "");
        var shortest = new StretchDraft("z", "", List.of("Go."), List.of(), List.of(),
                StretchKind.DYNAMIC, Position.LYING, Set.of(), Set.of(), 0, 1, false, List.of(Muscle.HAMSTRINGS), List.of(), "");

        library.create(longest);
        library.create(shortest);

        assertThat(ownStretchCount()).isEqualTo(2);
    }

    @Test
    void tooManyOrTooLongStepsAreRefused() {
        var tooMany = withSteps(Collections.nCopies(21, "Step."));
        var tooLong = withSteps(List.of("Fine.", "y".repeat(301)));

        assertThatThrownBy(() -> library.create(tooMany)).isInstanceOfSatisfying(InvalidStretchException.class,
                refused -> assertThat(refused.errors()).containsEntry(INSTRUCTIONS, "Use at most 20 lines."));
        assertThatThrownBy(() -> library.create(tooLong)).isInstanceOfSatisfying(InvalidStretchException.class,
                refused -> assertThat(refused.errors()).containsEntry(INSTRUCTIONS, "Line 2 is too long: use at most 300 characters."));
        assertThatThrownBy(() -> library.create(draft("n".repeat(81)))).isInstanceOfSatisfying(InvalidStretchException.class,
                refused -> assertThat(refused.errors()).containsEntry(NAME, "Use at most 80 characters."));
        assertThat(ownStretchCount()).isZero();
    }

    @Test
    void aNameMustBeUniqueAmongWhatTheCoachSeesInAnyCase() {
        library.create(draft("Stair calf drop"));

        assertThatThrownBy(() -> library.create(draft("STAIR CALF DROP"))).isInstanceOfSatisfying(InvalidStretchException.class,
                refused -> assertThat(refused.errors()).containsEntry(NAME, "There is already a stretch called \"STAIR CALF DROP\" in your library."));
        assertThatThrownBy(() -> library.create(draft("high knees"))).as("a built-in name")
                .isInstanceOf(InvalidStretchException.class);

        authenticateAs(DANA.email());
        library.create(draft("Stair calf drop"));
        assertThat(ownStretchCount()).as("another coach may use the same name").isEqualTo(2);
    }

    @Test
    void anotherCoachsStretchIsNotFoundWhateverTheyTry() {
        StretchDetails casey = library.create(draft("Stair calf drop"));
        authenticateAs(DANA.email());

        assertThat(library.find(casey.id())).isEmpty();
        assertThatThrownBy(() -> library.update(casey.id(), casey.version(), draft("Mine now"))).isInstanceOf(StretchNotFoundException.class);
        assertThatThrownBy(() -> library.archive(casey.id())).isInstanceOf(StretchNotFoundException.class);
        assertThatThrownBy(() -> library.copy(casey.id())).isInstanceOf(StretchNotFoundException.class);
        assertThatThrownBy(() -> library.restore(casey.id())).isInstanceOf(StretchNotFoundException.class);
        assertThat(library.search(LibraryFilter.NONE, 0, 100)).extracting(StretchCard::id).doesNotContain(casey.id());
        assertThat(library.count(LibraryFilter.NONE.withText("stair"))).isZero();

        authenticateAs(CASEY.email());
        assertThat(library.find(casey.id()).orElseThrow().name()).isEqualTo("Stair calf drop");
    }

    @Test
    void builtInStretchesCannotBeChangedOnlyCopied() {
        long highKnees = builtIn("High knees").id();
        StretchDetails original = library.find(highKnees).orElseThrow();

        assertThatThrownBy(() -> library.update(highKnees, original.version(), draft("Mine"))).isInstanceOf(StretchNotFoundException.class);
        assertThatThrownBy(() -> library.archive(highKnees)).isInstanceOf(StretchNotFoundException.class);

        StretchDetails copy = library.copy(highKnees);
        assertThat(copy.name()).isEqualTo("High knees (my copy)");
        assertThat(copy.mine()).isTrue();
        assertThat(copy.instructions()).isEqualTo(original.instructions());
        assertThat(copy.primaryMuscles()).isEqualTo(original.primaryMuscles());
        assertThat(library.copy(highKnees).name()).isEqualTo("High knees (my copy 2)");
    }

    @Test
    void anUpdateChangesTheStretchAndAStaleOneIsRefused() {
        StretchDetails created = library.create(draft("Stair calf drop"));

        StretchDetails updated = library.update(created.id(), created.version(), draft("Stair calf drop, bent knee"));

        assertThat(updated.name()).isEqualTo("Stair calf drop, bent knee");
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> library.update(created.id(), created.version(), draft("Lost edit")))
                .isInstanceOf(StretchChangedException.class);
        assertThat(library.find(created.id()).orElseThrow().name()).isEqualTo("Stair calf drop, bent knee");
    }

    @Test
    void anArchivedStretchLeavesTheLibraryButCanStillBeOpenedAndRestored() {
        StretchDetails created = library.create(draft("Stair calf drop"));

        library.archive(created.id());

        assertThat(library.search(LibraryFilter.NONE.withOwnership(Ownership.MINE), 0, 10)).isEmpty();
        assertThat(library.find(created.id()).orElseThrow().archived()).isTrue();
        library.create(draft("Stair calf drop"));
        assertThatThrownBy(() -> library.restore(created.id())).as("its name is taken meanwhile")
                .isInstanceOf(InvalidStretchException.class);
    }

    @Test
    void filtersCombine() {
        library.create(draft("Stair calf drop"));
        LibraryFilter calves = LibraryFilter.NONE.withMuscles(Set.of(Muscle.CALF_SOLEUS, Muscle.CALF_GASTROCNEMIUS));

        List<StretchCard> calfStretches = library.search(calves, 0, 100);
        assertThat(calfStretches).isNotEmpty().allSatisfy(card -> assertThat(
                union(card)).containsAnyOf(Muscle.CALF_SOLEUS, Muscle.CALF_GASTROCNEMIUS));

        List<StretchCard> crampStatic = library.search(calves.withPurpose(Purpose.CRAMP_RELIEF).withKind(StretchKind.STATIC), 0, 100);
        assertThat(crampStatic).isNotEmpty().hasSizeLessThan(calfStretches.size())
                .allSatisfy(card -> assertThat(card.kind()).isEqualTo(StretchKind.STATIC));
        crampStatic.forEach(card -> assertThat(library.find(card.id()).orElseThrow().purposes()).contains(Purpose.CRAMP_RELIEF));

        assertThat(library.search(calves.withPosition(Position.STANDING).withEquipment(Equipment.WALL), 0, 100))
                .extracting(StretchCard::name).contains("Standing wall calf stretch")
                .allSatisfy(name -> assertThat(library.find(idOf(name)).orElseThrow().equipment()).contains(Equipment.WALL));

        assertThat(library.search(calves.withOwnership(Ownership.MINE), 0, 100)).extracting(StretchCard::name).containsExactly("Stair calf drop");
        assertThat(library.search(calves.withOwnership(Ownership.BUILT_IN), 0, 100)).allSatisfy(card -> assertThat(card.builtIn()).isTrue());
        assertThat(library.count(calves)).isEqualTo(calfStretches.size());
    }

    @Test
    void textSearchFindsEveryWordInNameStepsOrMuscleNamesWhateverTheCase() {
        assertThat(library.search(LibraryFilter.NONE.withText("WALL calf"), 0, 100)).extracting(StretchCard::name)
                .contains("Standing wall calf stretch");
        assertThat(library.search(LibraryFilter.NONE.withText("gastrocnemius"), 0, 100)).as("a muscle name").isNotEmpty();
        assertThat(library.search(LibraryFilter.NONE.withText("shin"), 0, 100)).extracting(StretchCard::name)
                .contains("Standing calf cramp release with shin contraction");
        assertThat(library.count(LibraryFilter.NONE.withText("calf zebra"))).isZero();
        assertThat(library.count(LibraryFilter.NONE.withText("_"))).as("_ is a plain character, not a wildcard").isZero();
        assertThat(library.count(LibraryFilter.NONE.withText("%"))).as("% is a plain character, not a wildcard").isZero();
    }

    @Test
    void archivedStretchesHaveTheirOwnShelfAndNothingElseShowsThem() {
        StretchDetails kept = library.create(draft("Kept"));
        StretchDetails archived = library.create(draft("Put away"));
        library.archive(archived.id());

        assertThat(library.search(LibraryFilter.NONE.withOwnership(Ownership.ARCHIVED), 0, 10))
                .extracting(StretchCard::name).containsExactly("Put away");
        assertThat(library.search(LibraryFilter.NONE.withOwnership(Ownership.MINE), 0, 10))
                .extracting(StretchCard::id).containsExactly(kept.id());
        authenticateAs(DANA.email());
        assertThat(library.count(LibraryFilter.NONE.withOwnership(Ownership.ARCHIVED))).as("only the owner's archive").isZero();
    }

    @Test
    void noEquipmentFindsStretchesThatNeedNothing() {
        List<StretchCard> bare = library.search(LibraryFilter.NONE.withEquipment(Equipment.NONE), 0, 100);

        assertThat(bare).isNotEmpty().extracting(StretchCard::name).contains("High knees").doesNotContain("Standing wall calf stretch");
        bare.forEach(card -> assertThat(library.find(card.id()).orElseThrow().equipment()).as(card.name()).isEmpty());
        var withNone = new StretchDraft("Nothing needed", "", List.of("Go."), List.of(), List.of(), StretchKind.STATIC,
                Position.STANDING, Set.of(Equipment.NONE, Equipment.WALL), Set.of(), 10, 1, false, List.of(Muscle.NECK), List.of(), "");
        assertThat(library.create(withNone).equipment()).as("'none' is a filter, never stored").containsExactly(Equipment.WALL);
    }

    @Test
    void aVeryLongSearchIsCutToItsFirstWords() {
        String longSearch = "calf " + "x".repeat(3) + " " + String.join(" ", Collections.nCopies(500, "stretch"));

        var counted = QueryCounter.counted(() -> library.count(LibraryFilter.NONE.withText(longSearch)));

        assertThat(counted.result()).isZero();
        assertThat(counted.statements()).isEqualTo(1);
    }

    @Test
    void pagesAreOrderedByNameAndDoNotOverlap() {
        List<StretchCard> first = library.search(LibraryFilter.NONE, 0, 10);
        List<StretchCard> second = library.search(LibraryFilter.NONE, 10, 10);

        assertThat(first).hasSize(10);
        assertThat(first).extracting(card -> card.name().toLowerCase()).isSorted();
        assertThat(first).extracting(StretchCard::id).doesNotContainAnyElementsOf(second.stream().map(StretchCard::id).toList());
    }

    @Test
    void aFilteredPageCostsOneQueryAndItsCountOne() {
        var filter = LibraryFilter.NONE.withMuscles(Set.of(Muscle.HAMSTRINGS)).withText("stretch").withKind(StretchKind.STATIC);

        var page = QueryCounter.counted(() -> library.search(filter, 0, 50));
        var count = QueryCounter.counted(() -> library.count(filter));

        assertThat(page.result()).isNotEmpty();
        assertThat(page.statements()).isEqualTo(1);
        assertThat(count.result()).isEqualTo(page.result().size());
        assertThat(count.statements()).isEqualTo(1);
    }

    @Test
    void athletesCannotUseTheLibrary() {
        TestAccounts.createAthlete(accounts, new SignUp("ana@example.com", "Ana", "athlete-password"));
        authenticateAs("ana@example.com");

        assertThatThrownBy(() -> library.search(LibraryFilter.NONE, 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> library.create(draft("Sneaky"))).isInstanceOf(AuthorizationDeniedException.class);
    }

    private StretchDraft withSteps(List<String> steps) {
        var base = draft("Steps");
        return new StretchDraft(base.name(), base.summary(), steps, base.cues(), base.cautions(), base.kind(), base.position(),
                base.equipment(), base.purposes(), base.holdSeconds(), base.reps(), base.perSide(), base.primaryMuscles(),
                base.secondaryMuscles(), base.source());
    }

    private StretchCard builtIn(String name) {
        return library.search(LibraryFilter.NONE.withText(name).withOwnership(Ownership.BUILT_IN), 0, 50).stream()
                .filter(card -> card.name().equals(name)).findFirst().orElseThrow();
    }

    private long idOf(String name) {
        return library.search(LibraryFilter.NONE.withText(name), 0, 50).stream()
                .filter(card -> card.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Set<Muscle> union(StretchCard card) {
        var all = new java.util.HashSet<>(card.primaryMuscles());
        all.addAll(card.secondaryMuscles());
        return all;
    }

    private int ownStretchCount() {
        return jdbc.queryForObject("select count(*) from stretch where owner_id is not null", Integer.class);
    }
}
