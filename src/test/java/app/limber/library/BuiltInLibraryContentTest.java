package app.limber.library;

import app.limber.body.Muscle;
import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in library holds every stretch, drill and relief technique the source articles
 * describe (the list below follows docs/library-content-checklist.md), each complete and
 * named after its article, with the articles' hold times.
 */
class BuiltInLibraryContentTest extends LimberTest {

    private static final String RUNNERS_ROUTINES = "Stretching Routines for Runners Leg Cramps";
    private static final String RELIEVE_AND_PREVENT = "Stretches to Help Relieve and Prevent Leg Cramps";
    private static final String RUNNING_COACH = "Here's What a Running Coach Really Wants You to Know About \"Stretching Out\" Cramps";
    private static final String RELIEVE_RUNNING = "How to relieve running leg cramps";
    private static final String SCIENCE = "Explained: The Science Behind Leg Muscle Cramps While Running";

    /** Every technique each article describes, by the slug of the entry that covers it. */
    private static final Map<String, List<String>> DESCRIBED = Map.of(
            RUNNERS_ROUTINES, List.of("easy-warm-up-jog", "leg-swings-front-to-back", "leg-swings-side-to-side",
                    "walking-lunges", "high-knees", "butt-kicks", "lateral-shuffles", "arm-circles", "torso-twists",
                    "kneeling-hip-flexor-stretch", "standing-it-band-stretch", "standing-wall-calf-stretch",
                    "lying-hamstring-stretch", "seated-butterfly-groin-stretch", "standing-quad-stretch", "foam-roll-legs"),
            RELIEVE_AND_PREVENT, List.of("lunging-calf-stretch", "standing-quad-stretch", "sitting-hamstring-stretch",
                    "sitting-calf-and-hamstring-stretch", "standing-lunge-stretch", "standing-lunge-pulses",
                    "heel-drop-calf-stretch", "standing-wall-calf-stretch", "seated-banded-calf-stretch", "downward-dog",
                    "towel-hamstring-stretch", "wall-hamstring-stretch", "kneeling-hip-flexor-stretch",
                    "lying-hamstring-stretch", "childs-pose", "lying-quad-stretch", "frog-pose-quad-stretch",
                    "lying-pigeon-stretch", "kneeling-quad-stretch"),
            RUNNING_COACH, List.of("overhead-reach-side-lean", "standing-toe-reach", "quad-contraction-for-hamstring-cramp",
                    "standing-lunge-calf-cramp-release", "standing-knee-bend-calf-stretch", "upper-back-opener"),
            RELIEVE_RUNNING, List.of("standing-calf-cramp-shin-contraction", "quad-contraction-for-hamstring-cramp",
                    "seated-cramp-release-opposite-muscle"),
            SCIENCE, List.of("standing-wall-calf-stretch", "lying-leg-raise-toes-pulled-back", "cramp-massage",
                    "easy-warm-up-jog", "leg-swings-front-to-back", "cool-down-jog-to-walk", "foam-roll-legs"));

    /** Hold times the articles give, in seconds. */
    private static final Map<String, Integer> ARTICLE_HOLDS = Map.of(
            "overhead-reach-side-lean", 15,
            "standing-toe-reach", 15,
            "quad-contraction-for-hamstring-cramp", 10,
            "standing-knee-bend-calf-stretch", 15,
            "upper-back-opener", 10,
            "standing-calf-cramp-shin-contraction", 10,
            "lunging-calf-stretch", 20,
            "standing-quad-stretch", 20,
            "kneeling-hip-flexor-stretch", 30,
            "easy-warm-up-jog", 300);

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService library;

    private Map<String, StretchDetails> bySlug;

    @BeforeEach
    void readTheLibraryAsACoach() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey", "casey-password-1"));
        authenticateAs("casey@example.com");
        bySlug = library.search(LibraryFilter.NONE.withOwnership(Ownership.BUILT_IN), 0, 1000).stream()
                .map(card -> library.find(card.id()).orElseThrow())
                .collect(Collectors.toMap(StretchDetails::slug, Function.identity()));
    }

    @Test
    void everyTechniqueTheArticlesDescribeIsThere() {
        DESCRIBED.forEach((article, slugs) -> assertThat(bySlug).as(article).containsKeys(slugs.toArray(String[]::new)));
        assertThat(bySlug.keySet()).as("nothing the articles do not describe")
                .allMatch(slug -> DESCRIBED.values().stream().anyMatch(slugs -> slugs.contains(slug)));
    }

    @Test
    void theDisagreementAboutCrampsShowsAsSeparateTechniquesWithCautions() {
        StretchDetails stretchIt = bySlug.get("standing-wall-calf-stretch");
        StretchDetails contractTheOpposite = bySlug.get("standing-calf-cramp-shin-contraction");

        assertThat(stretchIt.kind()).isEqualTo(StretchKind.STATIC);
        assertThat(contractTheOpposite.kind()).isEqualTo(StretchKind.RECIPROCAL_INHIBITION);
        assertThat(bySlug.get("cramp-massage").kind()).isEqualTo(StretchKind.MASSAGE);
        assertThat(bySlug.get("lying-leg-raise-toes-pulled-back").position()).isEqualTo(Position.LYING);
        bySlug.values().stream().filter(stretch -> stretch.purposes().contains(Purpose.CRAMP_RELIEF))
                .forEach(cramp -> assertThat(cramp.cautions()).as(cramp.slug() + " cautions").isNotEmpty());
    }

    @Test
    void everyEntryIsCompleteAndNamesItsArticle() {
        List<String> titles = List.of(RUNNERS_ROUTINES, RELIEVE_AND_PREVENT, RUNNING_COACH, RELIEVE_RUNNING, SCIENCE);
        assertThat(bySlug.values()).allSatisfy(stretch -> {
            assertThat(stretch.primaryMuscles()).as(stretch.slug()).isNotEmpty();
            assertThat(stretch.instructions()).as(stretch.slug()).isNotEmpty().hasSizeLessThanOrEqualTo(20)
                    .allSatisfy(step -> assertThat(step).hasSizeLessThanOrEqualTo(300));
            assertThat(stretch.summary()).as(stretch.slug()).isNotBlank();
            assertThat(stretch.purposes()).as(stretch.slug()).isNotEmpty();
            assertThat(titles).as(stretch.slug() + " source").contains(stretch.source());
        });
    }

    @Test
    void noTwoEntriesShareAName() {
        assertThat(bySlug.values().stream().map(stretch -> stretch.name().toLowerCase(Locale.ROOT))).doesNotHaveDuplicates();
    }

    @Test
    void holdTimesFollowTheArticles() {
        ARTICLE_HOLDS.forEach((slug, seconds) -> assertThat(bySlug.get(slug).holdSeconds()).as(slug).isEqualTo(seconds));
    }
}
