package app.limber.library;

import app.limber.account.AccountService;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static app.limber.library.InvalidStretchException.Field.EASIER;
import static app.limber.library.InvalidStretchException.Field.HARDER;
import static app.limber.library.LibraryServiceTest.CASEY;
import static app.limber.library.LibraryServiceTest.DANA;
import static app.limber.library.LibraryServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Easier and harder versions: the built-ins' links from the data file, and a coach's own, with their rules. */
class StretchVariationsTest extends LimberTest {

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

    @Test
    void builtInsNameTheirEasierAndHarderVersionsFromTheDataFile() {
        StretchDetails lunge = builtIn("standing-lunge-calf-cramp-release");
        StretchDetails kneeBend = builtIn("standing-knee-bend-calf-stretch");
        StretchDetails wallCalf = builtIn("standing-wall-calf-stretch");
        StretchDetails heelDrop = builtIn("heel-drop-calf-stretch");

        assertThat(lunge.easier()).isEqualTo(new StretchLink(kneeBend.id(), kneeBend.name()));
        assertThat(kneeBend.harder()).isEqualTo(new StretchLink(lunge.id(), lunge.name()));
        assertThat(kneeBend.easier()).isNull();
        assertThat(wallCalf.harder()).isEqualTo(new StretchLink(heelDrop.id(), heelDrop.name()));
        assertThat(heelDrop.easier()).isEqualTo(new StretchLink(wallCalf.id(), wallCalf.name()));
        assertThat(library.variations(List.of(lunge.id(), kneeBend.id(), builtIn("childs-pose").id())))
                .containsOnlyKeys(lunge.id(), kneeBend.id())
                .containsEntry(lunge.id(), new StretchVariations(lunge.easier(), null));
    }

    @Test
    void everyBuiltInLinkJoinsStretchesOfTheSameMainTarget() {
        Map<String, StretchDetails> linked = new java.util.HashMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select slug from stretch where owner_id is null and (easier_id is not null or harder_id is not null)");
        rows.forEach(row -> linked.put((String) row.get("slug"), builtIn((String) row.get("slug"))));

        assertThat(linked).hasSizeGreaterThanOrEqualTo(8);
        for (StretchDetails stretch : linked.values()) {
            for (StretchLink variation : java.util.stream.Stream.of(stretch.easier(), stretch.harder()).filter(java.util.Objects::nonNull).toList()) {
                StretchDetails other = library.find(variation.id()).orElseThrow();
                assertThat(other.builtIn()).as(stretch.slug()).isTrue();
                var worked = new java.util.ArrayList<>(other.primaryMuscles());
                worked.addAll(other.secondaryMuscles());
                assertThat(worked).as("%s works what %s works first", other.slug(), stretch.slug())
                        .contains(stretch.primaryMuscles().getFirst());
            }
        }
    }

    @Test
    void aCoachNamesAnEasierAndAHarderVersionForTheirOwnStretch() {
        StretchDetails wallCalf = builtIn("standing-wall-calf-stretch");
        StretchDetails gentle = library.create(draft("Gentle calf lean"));

        StretchDetails stair = library.create(draft("Stair calf drop").withVariations(gentle.id(), null));
        StretchDetails changed = library.update(gentle.id(), gentle.version(), draft("Gentle calf lean").withVariations(null, stair.id()));

        assertThat(stair.easier()).isEqualTo(new StretchLink(gentle.id(), "Gentle calf lean"));
        assertThat(changed.harder()).isEqualTo(new StretchLink(stair.id(), "Stair calf drop"));
        assertThat(library.find(gentle.id()).orElseThrow().harder()).isEqualTo(changed.harder());

        StretchDetails linkedToBuiltIn = library.update(stair.id(), stair.version(),
                draft("Stair calf drop").withVariations(gentle.id(), wallCalf.id()));
        assertThat(linkedToBuiltIn.harder()).isEqualTo(new StretchLink(wallCalf.id(), wallCalf.name()));
    }

    @Test
    void aStretchIsNeverItsOwnVersionNorBothEasierAndHarder() {
        StretchDetails mine = library.create(draft("Stair calf drop"));
        StretchDetails other = library.create(draft("Gentle calf lean"));

        assertThatThrownBy(() -> library.update(mine.id(), mine.version(), draft("Stair calf drop").withVariations(mine.id(), null)))
                .isInstanceOfSatisfying(InvalidStretchException.class, refused -> assertThat(refused.errors())
                        .containsExactly(Map.entry(EASIER, "A stretch cannot be its own easier version.")));
        assertThatThrownBy(() -> library.update(mine.id(), mine.version(), draft("Stair calf drop").withVariations(other.id(), other.id())))
                .isInstanceOfSatisfying(InvalidStretchException.class, refused -> assertThat(refused.errors())
                        .containsExactly(Map.entry(HARDER, "The easier and the harder version cannot be the same stretch.")));
        assertThat(library.find(mine.id()).orElseThrow().easier()).as("nothing stored").isNull();
    }

    @Test
    void linksThatWouldGoRoundInALoopAreRefused() {
        StretchDetails first = library.create(draft("First calf"));
        StretchDetails second = library.create(draft("Second calf").withVariations(first.id(), null));
        StretchDetails third = library.create(draft("Third calf").withVariations(second.id(), null));

        // first < second < third: the third cannot be easier than the first, nor the first harder than the third
        assertThatThrownBy(() -> library.update(first.id(), first.version(), draft("First calf").withVariations(third.id(), null)))
                .isInstanceOfSatisfying(InvalidStretchException.class, refused -> assertThat(refused.errors())
                        .containsExactly(Map.entry(EASIER, "\"Third calf\" is already harder than this stretch through its own links, so it cannot be its easier version.")));
        assertThatThrownBy(() -> library.update(third.id(), third.version(), draft("Third calf").withVariations(second.id(), first.id())))
                .isInstanceOfSatisfying(InvalidStretchException.class, refused -> assertThat(refused.errors())
                        .containsExactly(Map.entry(HARDER, "\"First calf\" is already easier than this stretch through its own links, so it cannot be its harder version.")));
        // the other way round is the same order again: allowed
        StretchDetails harderFirst = library.update(first.id(), first.version(), draft("First calf").withVariations(null, third.id()));
        assertThat(harderFirst.harder().id()).isEqualTo(third.id());
    }

    @Test
    void aLoopThroughBuiltInsIsRefusedToo() {
        StretchDetails kneeBend = builtIn("standing-knee-bend-calf-stretch");
        StretchDetails lunge = builtIn("standing-lunge-calf-cramp-release");

        // the knee bend is easier than the lunge: a stretch of mine cannot sit harder than the lunge and easier than the knee bend
        assertThatThrownBy(() -> library.create(draft("Between the two").withVariations(lunge.id(), kneeBend.id())))
                .isInstanceOfSatisfying(InvalidStretchException.class, refused -> assertThat(refused.errors())
                        .containsOnlyKeys(HARDER));
        assertThat(library.search(LibraryFilter.NONE.withOwnership(Ownership.MINE), 0, 10)).isEmpty();
    }

    @Test
    void aCoachCannotLinkToAnotherCoachsStretchAndAnIdGrantsNothing() {
        authenticateAs(DANA.email());
        StretchDetails danas = library.create(draft("Dana's calf drop"));
        authenticateAs(CASEY.email());

        assertThatThrownBy(() -> library.create(draft("Stair calf drop").withVariations(danas.id(), null)))
                .isInstanceOfSatisfying(InvalidStretchException.class, refused -> assertThat(refused.errors())
                        .containsExactly(Map.entry(EASIER, "That stretch is not in your library.")));
        assertThatThrownBy(() -> library.create(draft("Stair calf drop").withVariations(null, 999_999_999L)))
                .isInstanceOfSatisfying(InvalidStretchException.class, refused -> assertThat(refused.errors())
                        .containsExactly(Map.entry(HARDER, "That stretch is not in your library.")));
        assertThat(library.variations(List.of(danas.id()))).as("another coach's stretch says nothing of its links").isEmpty();
        assertThat(library.details(List.of(danas.id()))).isEmpty();
    }

    @Test
    void anArchivedStretchIsNotOfferedNorTakenAsAVersion() {
        StretchDetails gentle = library.create(draft("Gentle calf lean"));
        StretchDetails stair = library.create(draft("Stair calf drop").withVariations(gentle.id(), null));
        library.archive(gentle.id());

        assertThat(library.variations(List.of(stair.id()))).as("nothing to swap to").isEmpty();
        assertThatThrownBy(() -> library.create(draft("Wall calf lean").withVariations(gentle.id(), null)))
                .isInstanceOfSatisfying(InvalidStretchException.class, refused -> assertThat(refused.errors())
                        .containsExactly(Map.entry(EASIER, "\"Gentle calf lean\" is archived: restore it first, or choose another stretch.")));
    }

    @Test
    void aCopyKeepsItsOriginalsVersions() {
        StretchDetails lunge = builtIn("standing-lunge-calf-cramp-release");

        StretchDetails copy = library.copy(lunge.id());

        assertThat(copy.mine()).isTrue();
        assertThat(copy.easier()).isEqualTo(lunge.easier());
    }

    @Test
    void aDataFileWithALoopOrAnUnknownVersionIsRefused() {
        var file = BuiltInStretches.read();
        List<BuiltInStretches.Entry> looped = file.stretches().stream().map(entry -> switch (entry.slug()) {
            case "standing-knee-bend-calf-stretch" -> withLinks(entry, "standing-lunge-calf-cramp-release", null);
            default -> entry;
        }).toList();
        List<BuiltInStretches.Entry> unknown = file.stretches().stream().map(entry -> switch (entry.slug()) {
            case "childs-pose" -> withLinks(entry, null, "no-such-stretch");
            default -> entry;
        }).toList();

        assertThatThrownBy(() -> BuiltInStretches.check(new BuiltInStretches.LibraryFile(file.version(), file.sources(), file.sharedCautions(), looped)))
                .hasMessageContaining("make a loop");
        assertThatThrownBy(() -> BuiltInStretches.check(new BuiltInStretches.LibraryFile(file.version(), file.sources(), file.sharedCautions(), unknown)))
                .hasMessageContaining("childs-pose").hasMessageContaining("unknown easier or harder stretch 'no-such-stretch'");
    }

    private static BuiltInStretches.Entry withLinks(BuiltInStretches.Entry entry, String easier, String harder) {
        return new BuiltInStretches.Entry(entry.slug(), entry.name(), entry.summary(), entry.kind(), entry.position(),
                entry.equipment(), entry.purposes(), entry.holdSeconds(), entry.reps(), entry.perSide(), entry.primaryMuscles(),
                entry.secondaryMuscles(), entry.instructions(), entry.cues(), entry.cautions(), entry.contraindications(), entry.source(),
                entry.alsoIn(), entry.pose(), entry.stepsWrittenByUs(), easier, harder);
    }

    private StretchDetails builtIn(String slug) {
        long id = library.builtInIds(List.of(slug)).get(slug);
        return library.find(id).orElseThrow();
    }
}
