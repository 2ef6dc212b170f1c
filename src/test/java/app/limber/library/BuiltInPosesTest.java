package app.limber.library;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.body.Pose;
import app.limber.body.PoseFigure;
import app.limber.library.BuiltInStretches.Entry;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in stretch is seen: each entry of the library file has a pose inside human
 * ranges, the dynamic drills move, a side-dependent stretch's right side is its left side's
 * mirror image, and the stored library hands the poses out.
 */
class BuiltInPosesTest extends LimberTest {

    /** The drills the issue names as moving: leg swings, walking lunges, high knees, butt kicks, arm circles, torso twists, shuffles. */
    private static final Set<String> DRILLS = Set.of("leg-swings-front-to-back", "leg-swings-side-to-side", "walking-lunges",
            "high-knees", "butt-kicks", "arm-circles", "torso-twists", "lateral-shuffles");

    @Autowired
    AccountService accounts;
    @Autowired
    LibraryService library;

    private final List<Entry> entries = BuiltInStretches.read().stretches();

    @Test
    void everyBuiltInStretchHasAPoseInsideHumanRanges() {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(42);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.pose()).as(entry.slug()).isNotNull();
            assertThat(entry.pose().problems()).as(entry.slug()).isEmpty();
        });
    }

    @Test
    void everyDynamicDrillMovesAndEveryOtherStretchHoldsStill() {
        for (Entry entry : entries) {
            assertThat(entry.pose().moves()).as(entry.slug()).isEqualTo(entry.kind() == StretchKind.DYNAMIC);
        }
        assertThat(entries.stream().filter(entry -> DRILLS.contains(entry.slug())).map(entry -> entry.pose().moves()))
                .hasSize(DRILLS.size()).containsOnly(true);
    }

    @Test
    void forEverySideDependentStretchTheRightSideIsTheLeftMirrored() {
        List<Entry> perSide = entries.stream().filter(Entry::perSide).toList();
        assertThat(perSide).hasSizeGreaterThan(10);
        for (Entry entry : perSide) {
            String left = PoseFigure.svg(entry.pose(), entry.primaryMuscles(), entry.secondaryMuscles(), PoseFigure.Side.LEFT, entry.name());
            String right = PoseFigure.svg(entry.pose(), entry.primaryMuscles(), entry.secondaryMuscles(), PoseFigure.Side.RIGHT, entry.name());
            PoseFigure.Box box = PoseFigure.box(entry.pose());
            int open = left.indexOf('>') + 1;
            String mirrored = left.substring(0, open) + "<g transform='matrix(-1 0 0 1 " + PoseFigure.number(2 * box.x() + box.width())
                    + " 0)'>" + left.substring(open, left.length() - 6) + "</g></svg>";
            assertThat(right).as(entry.slug()).isEqualTo(mirrored);
        }
    }

    @Test
    void theLibraryHandsOutEachBuiltInStretchsPose() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey", "casey-password-1"));
        authenticateAs("casey@example.com");
        Map<String, Pose> file = entries.stream().collect(Collectors.toMap(Entry::slug, Entry::pose));

        List<StretchCard> cards = library.search(LibraryFilter.NONE.withOwnership(Ownership.BUILT_IN), 0, 1000);
        Map<Long, StretchDetails> details = library.details(cards.stream().map(StretchCard::id).collect(Collectors.toSet()));

        assertThat(cards).hasSize(entries.size()).allSatisfy(card -> assertThat(card.pose()).as(card.name()).isNotNull());
        assertThat(details.values()).allSatisfy(stretch -> assertThat(stretch.pose()).as(stretch.slug()).isEqualTo(file.get(stretch.slug())));
    }


}
