package app.limber.library;

import app.limber.account.AccountService;
import app.limber.body.Muscle;
import app.limber.support.LimberTest;
import app.limber.support.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static app.limber.library.Contraindication.BLOOD_CLOT;
import static app.limber.library.Contraindication.HIGH_BLOOD_PRESSURE;
import static app.limber.library.Contraindication.HIP_REPLACEMENT;
import static app.limber.library.Contraindication.PREGNANCY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structured cautions (issue 15): a coach sets them on a stretch of their own, a copy keeps
 * them, and the library's "avoid if…" filter leaves out every stretch carrying a chosen one,
 * with the other filters and the search, still one query for a page and one for its count.
 */
class ContraindicationsTest extends LimberTest {

    @Autowired
    LibraryService library;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void aCoachSignedIn() {
        accounts.signUpCoach(LibraryServiceTest.CASEY);
        authenticateAs(LibraryServiceTest.CASEY.email());
    }

    @Test
    void aCoachSetsThemOnTheirStretchChangesThemAndACopyKeepsThem() {
        StretchDetails created = library.create(LibraryServiceTest.draft("Stair calf drop").withContraindications(Set.of(BLOOD_CLOT, PREGNANCY)));

        assertThat(created.contraindications()).containsExactlyInAnyOrder(PREGNANCY, BLOOD_CLOT);
        assertThat(created.contraindicationCautions()).as("the athlete's words, in a fixed order")
                .containsExactly(PREGNANCY.caution(), BLOOD_CLOT.caution());
        StretchDetails changed = library.update(created.id(), created.version(),
                LibraryServiceTest.draft("Stair calf drop").withContraindications(Set.of(HIP_REPLACEMENT)));
        assertThat(library.find(created.id()).orElseThrow().contraindications()).containsExactly(HIP_REPLACEMENT);
        assertThat(library.copy(changed.id()).contraindications()).containsExactly(HIP_REPLACEMENT);
        assertThat(library.update(changed.id(), changed.version(), LibraryServiceTest.draft("Stair calf drop")).contraindications())
                .as("all unticked").isEmpty();
    }

    @Test
    void avoidIfLeavesOutEveryStretchCarryingAChosenOne() {
        List<StretchCard> all = library.search(LibraryFilter.NONE, 0, 500);
        List<StretchCard> noHeadDown = library.search(LibraryFilter.NONE.withAvoid(Set.of(HIGH_BLOOD_PRESSURE)), 0, 500);
        List<String> names = noHeadDown.stream().map(StretchCard::name).toList();

        assertThat(names).doesNotContain("Downward dog", "Child's pose").contains("Standing quad stretch");
        assertThat(noHeadDown).hasSize(all.size() - (int) all.stream()
                .filter(card -> library.find(card.id()).orElseThrow().contraindications().contains(HIGH_BLOOD_PRESSURE)).count());
        List<StretchCard> neither = library.search(LibraryFilter.NONE.withAvoid(Set.of(HIGH_BLOOD_PRESSURE, BLOOD_CLOT)), 0, 500);
        assertThat(neither).as("any of the chosen ones leaves a stretch out")
                .allSatisfy(card -> assertThat(library.find(card.id()).orElseThrow().contraindications())
                        .as(card.name()).doesNotContain(HIGH_BLOOD_PRESSURE, BLOOD_CLOT))
                .hasSizeLessThan(noHeadDown.size());
        assertThat(neither.stream().map(StretchCard::name)).doesNotContain("Standing wall calf stretch", "Foam rolling for the legs");
    }

    @Test
    void avoidIfCombinesWithTheSearchAndTheOtherFiltersInOneQueryEach() {
        library.create(LibraryServiceTest.draft("Stair calf drop").withContraindications(Set.of(BLOOD_CLOT)));
        library.create(LibraryServiceTest.draft("Seated calf ease"));
        var calves = LibraryFilter.NONE.withText("calf").withMuscles(Set.of(Muscle.CALF_SOLEUS, Muscle.CALF_GASTROCNEMIUS))
                .withOwnership(Ownership.MINE);
        var filter = calves.withAvoid(Set.of(BLOOD_CLOT, PREGNANCY));

        var page = QueryCounter.counted(() -> library.search(filter, 0, 50));
        var count = QueryCounter.counted(() -> library.count(filter));

        assertThat(library.search(calves, 0, 50).stream().map(StretchCard::name)).containsExactly("Seated calf ease", "Stair calf drop");
        assertThat(page.result().stream().map(StretchCard::name)).containsExactly("Seated calf ease");
        assertThat(page.statements()).isEqualTo(1);
        assertThat(count.result()).isEqualTo(1);
        assertThat(count.statements()).isEqualTo(1);
        assertThat(library.count(LibraryFilter.NONE.withText("calf").withAvoid(Set.of(BLOOD_CLOT))))
                .as("with the search alone").isLessThan(library.count(LibraryFilter.NONE.withText("calf")));
    }
}
