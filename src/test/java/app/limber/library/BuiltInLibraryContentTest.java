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
            "easy-warm-up-jog", 600);

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService library;

    @Autowired
    HydrationAdvice hydration;

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
        assertThat(bySlug.values()).as("nothing the articles do not describe, unless it says Limber wrote it")
                .allMatch(stretch -> DESCRIBED.values().stream().anyMatch(slugs -> slugs.contains(stretch.slug()))
                        || stretch.source().isEmpty() && stretch.stepsWrittenByUs());
    }

    /** Issue 15: every article an entry draws on is shown, not only the one it is filed under. */
    @Test
    void everyArticleAnEntryDrawsOnIsShown() {
        assertThat(bySlug.get("standing-wall-calf-stretch").sources()).contains(RUNNERS_ROUTINES, RELIEVE_AND_PREVENT, SCIENCE);
        assertThat(bySlug.get("quad-contraction-for-hamstring-cramp").sources()).contains(RUNNING_COACH, RELIEVE_RUNNING);
        assertThat(bySlug.get("easy-warm-up-jog").sources()).containsExactly(RUNNERS_ROUTINES, SCIENCE);
        for (String drill : List.of("leg-swings-front-to-back", "leg-swings-side-to-side", "high-knees", "butt-kicks")) {
            assertThat(bySlug.get(drill).sources()).as(drill).containsExactly(RUNNERS_ROUTINES, SCIENCE);
        }
        DESCRIBED.forEach((article, slugs) -> slugs.forEach(slug ->
                assertThat(bySlug.get(slug).sources()).as(slug + " draws on " + article).contains(article)));
        assertThat(bySlug.get("lying-hamstring-stretch").source()).as("the main article first").isEqualTo(RUNNERS_ROUTINES);
        assertThat(bySlug.get("lying-hamstring-stretch").sources().getFirst()).isEqualTo(RUNNERS_ROUTINES);
    }

    /** Issue 15: article 001 says to stop a stretch at once at any pain, not only sharp pain. */
    @Test
    void noCautionLimitsStoppingToSharpPainAndEveryStretchSaysStopAtAnyPain() {
        assertThat(bySlug.values()).allSatisfy(stretch -> assertThat(stretch.cautions()).as(stretch.slug())
                .noneMatch(caution -> caution.toLowerCase(Locale.ROOT).contains("sharp")));
        // the side stitch hurts already: its own caution stops when the lean makes it hurt more
        assertThat(bySlug.values()).filteredOn(stretch -> stretch.kind() != StretchKind.DYNAMIC && stretch.kind() != StretchKind.MASSAGE)
                .filteredOn(stretch -> !stretch.slug().equals("overhead-reach-side-lean"))
                .isNotEmpty()
                .allSatisfy(stretch -> assertThat(stretch.cautions()).as(stretch.slug()).anyMatch(caution ->
                        caution.startsWith("Stop at once if it hurts, or, during a cramp, if it makes the pain any worse")
                                && caution.contains("never pain")));
        assertThat(bySlug.get("overhead-reach-side-lean").cautions()).anyMatch(caution -> caution.contains("hurt more"));
        assertThat(bySlug.get("stop-at-any-pain")).as("a shared caution is not an entry").isNull();
    }

    /** Issue 15: article 001 only names ten stretches for cramps: their steps are ours, and its doctor caution goes with them. */
    @Test
    void theStretchesArticle001OnlyNamesSayTheirStepsAreOursAndCarryItsDoctorCaution() {
        List<String> namedOnly = List.of("heel-drop-calf-stretch", "seated-banded-calf-stretch", "downward-dog",
                "towel-hamstring-stretch", "wall-hamstring-stretch", "childs-pose", "lying-quad-stretch",
                "frog-pose-quad-stretch", "lying-pigeon-stretch", "kneeling-quad-stretch");
        for (String slug : namedOnly) {
            StretchDetails stretch = bySlug.get(slug);
            assertThat(stretch.stepsWrittenByUs()).as(slug).isTrue();
            assertThat(stretch.sources()).as(slug).contains(RELIEVE_AND_PREVENT);
            assertThat(stretch.cautions()).as(slug).anyMatch(caution -> caution.contains("get a doctor's opinion"));
        }
        assertThat(bySlug.get("standing-wall-calf-stretch").stepsWrittenByUs()).as("described by its articles").isFalse();
        StretchDetails ours = bySlug.get("hamstring-contraction-for-quad-cramp");
        assertThat(ours.source()).as("written by Limber: no article of its own").isEmpty();
        assertThat(ours.stepsWrittenByUs()).isTrue();
        assertThat(ours.sources()).as("only the articles its shared cautions come from").contains(RELIEVE_AND_PREVENT, SCIENCE);
    }

    /** Issue 15: real, safe techniques beyond the articles, each marked as written by Limber and naming no article of its own. */
    @Test
    void whatLimberWroteBeyondTheArticlesIsMarkedAsOurs() {
        var ours = Map.of(
                "bent-knee-wall-calf-stretch", Muscle.CALF_SOLEUS,
                "lying-figure-four-glute-stretch", Muscle.GLUTES,
                "hamstring-contraction-for-quad-cramp", Muscle.QUADRICEPS,
                "foot-and-toe-cramp-release", Muscle.FOOT);
        ours.forEach((slug, muscle) -> {
            StretchDetails stretch = bySlug.get(slug);
            assertThat(stretch).as(slug).isNotNull();
            assertThat(stretch.source()).as(slug + ": no article of its own").isEmpty();
            assertThat(stretch.stepsWrittenByUs()).as(slug).isTrue();
            assertThat(stretch.primaryMuscles()).as(slug).contains(muscle);
            assertThat(stretch.pose()).as(slug + " is seen").isNotNull();
        });
        assertThat(bySlug.get("foot-and-toe-cramp-release").kind()).isEqualTo(StretchKind.RECIPROCAL_INHIBITION);
        assertThat(bySlug.get("lying-figure-four-glute-stretch").contraindications()).as("a red flag of its own")
                .contains(Contraindication.HIP_REPLACEMENT);
    }

    /** Issue 15: article 004's hydration amounts, with a warning against drinking too much. */
    @Test
    void theHydrationCardCarriesArticle004sAmountsAndWarnsAgainstDrinkingTooMuch() {
        HydrationCard card = hydration.card();
        assertThat(card.source()).isEqualTo(SCIENCE);
        assertThat(String.join(" ", card.amounts())).contains("4 to 8 oz", "4 to 6 oz", "every 15 to 20 minutes",
                "at least 20 oz", "every pound", "10 am to 4 pm");
        assertThat(card.warning()).contains("hyponatraemia");
    }

    /** Issue 15: where the articles disagree about stretching a cramping muscle, both sides are stated, each naming its article. */
    @Test
    void whereTheArticlesDisagreeBothSidesAreStatedAndNamed() {
        var withTheDisagreement = bySlug.values().stream()
                .filter(stretch -> stretch.cautions().stream().anyMatch(caution -> caution.startsWith("The articles disagree"))).toList();
        assertThat(withTheDisagreement).hasSizeGreaterThan(10).allSatisfy(stretch -> {
            assertThat(stretch.cautions()).as(stretch.slug()).anyMatch(caution -> caution.startsWith("The articles disagree")
                    && caution.contains("For: \"" + RELIEVE_AND_PREVENT + "\""));
            assertThat(stretch.cautions()).as(stretch.slug()).anyMatch(caution -> caution.startsWith("Against: \"" + RELIEVE_RUNNING + "\"")
                    && caution.contains("\"Here's What a Running Coach Really Wants You to Know"));
            assertThat(stretch.sources()).as(stretch.slug()).contains(RELIEVE_AND_PREVENT, RELIEVE_RUNNING, RUNNING_COACH);
        });
        assertThat(bySlug.values()).as("the old one-sided wording").allSatisfy(stretch ->
                assertThat(stretch.cautions()).noneMatch(caution -> caution.startsWith("Advice differs")));
    }

    /** Issue 15: rubbing and rolling have warnings of their own. */
    @Test
    void massageAndFoamRollingWarnOffAnInjuredMuscleAndABloodClot() {
        for (String slug : List.of("cramp-massage", "foam-roll-legs")) {
            assertThat(bySlug.get(slug).cautions()).as(slug)
                    .anyMatch(caution -> caution.contains("strained or torn"));
            assertThat(bySlug.get(slug).contraindications()).as(slug).contains(Contraindication.BLOOD_CLOT, Contraindication.RECENT_INJURY);
            assertThat(bySlug.get(slug).contraindicationCautions()).as(slug).anyMatch(caution -> caution.contains("blood clot"));
        }
    }

    /** Issue 15: the audit of muscles, tags, positions, equipment and words, one finding per line. */
    @Test
    void theAuditFindingsAreFixed() {
        assertThat(bySlug.get("seated-butterfly-groin-stretch").secondaryMuscles()).as("hip flexors are shortened").doesNotContain(Muscle.HIP_FLEXORS);
        assertThat(bySlug.get("standing-lunge-stretch").primaryMuscles()).as("the back leg's hip flexors").containsExactly(Muscle.HIP_FLEXORS);
        assertThat(bySlug.get("childs-pose").primaryMuscles()).doesNotContain(Muscle.HAMSTRINGS);
        assertThat(bySlug.get("childs-pose").secondaryMuscles()).doesNotContain(Muscle.HAMSTRINGS);
        assertThat(bySlug.get("torso-twists").primaryMuscles()).containsExactly(Muscle.UPPER_BACK);
        for (String slug : List.of("leg-swings-side-to-side", "lateral-shuffles")) {
            assertThat(bySlug.get(slug).primaryMuscles()).as(slug).contains(Muscle.GLUTES).doesNotContain(Muscle.IT_BAND);
        }
        StretchDetails hipFlexor = bySlug.get("kneeling-hip-flexor-stretch");
        assertThat(hipFlexor.purposes()).contains(Purpose.CRAMP_RELIEF);
        assertThat(hipFlexor.cautions()).as("tagged cramp relief: cramp cautions").anyMatch(caution -> caution.contains("electrolytes"))
                .anyMatch(caution -> caution.startsWith("The articles disagree"));
        assertThat(bySlug.get("downward-dog").position()).as("hands and feet, not kneeling").isEqualTo(Position.ALL_FOURS);
        assertThat(bySlug.get("frog-pose-quad-stretch").position()).isEqualTo(Position.FACE_DOWN);
        assertThat(bySlug.get("heel-drop-calf-stretch").equipment()).containsExactlyInAnyOrder(Equipment.STEP, Equipment.WALL);
        assertThat(String.join(" ", bySlug.get("standing-wall-calf-stretch").instructions())).doesNotContain("locked").contains("straight");
        assertThat(bySlug.get("easy-warm-up-jog").holdSeconds()).as("article 000's ten minutes").isEqualTo(600);
    }

    /** Issue 15's structured cautions, tagged as a physiotherapist would. */
    @Test
    void everyHeadDownPoseCarriesTheBloodPressureCaution() {
        for (String slug : List.of("downward-dog", "childs-pose", "lying-pigeon-stretch", "standing-toe-reach")) {
            assertThat(bySlug.get(slug).contraindications()).as(slug).contains(Contraindication.HIGH_BLOOD_PRESSURE);
        }
        bySlug.values().stream()
                .filter(stretch -> stretch.instructions().stream().anyMatch(line -> line.contains("orehead toward the floor")
                        || line.startsWith("Fold forward") || line.contains("reach down")))
                .forEach(stretch -> assertThat(stretch.contraindications()).as(stretch.slug()).contains(Contraindication.HIGH_BLOOD_PRESSURE));
        assertThat(bySlug.get("sitting-calf-and-hamstring-stretch").contraindications()).as("seated: the head stays above the heart")
                .doesNotContain(Contraindication.HIGH_BLOOD_PRESSURE);
    }

    @Test
    void everyCalfTechniqueFoamRollAndMassageCarriesTheBloodClotSigns() {
        bySlug.values().stream()
                .filter(stretch -> stretch.kind() == StretchKind.MASSAGE || stretch.primaryMuscles().contains(Muscle.CALF_GASTROCNEMIUS)
                        || stretch.primaryMuscles().contains(Muscle.CALF_SOLEUS))
                .forEach(stretch -> assertThat(stretch.contraindications()).as(stretch.slug()).contains(Contraindication.BLOOD_CLOT));
        assertThat(bySlug.get("arm-circles").contraindications()).isEmpty();
    }

    @Test
    void lyingOnTheBackOrTheBellyCarriesThePregnancyCautionAndDeepHipBendsTheHipReplacementOne() {
        bySlug.values().stream()
                .filter(stretch -> stretch.position() == Position.FACE_DOWN
                        || stretch.instructions().getFirst().matches("(?i).*\\b(lie|lying) on your back.*"))
                .forEach(stretch -> assertThat(stretch.contraindications()).as(stretch.slug()).contains(Contraindication.PREGNANCY));
        for (String slug : List.of("lying-figure-four-glute-stretch", "lying-pigeon-stretch", "seated-butterfly-groin-stretch",
                "childs-pose", "leg-swings-side-to-side", "standing-it-band-stretch")) {
            assertThat(bySlug.get(slug).contraindications()).as(slug).contains(Contraindication.HIP_REPLACEMENT);
        }
        for (String slug : List.of("heel-drop-calf-stretch", "lying-pigeon-stretch", "seated-butterfly-groin-stretch")) {
            assertThat(bySlug.get(slug).contraindications()).as(slug + ": a deep end-range hold").contains(Contraindication.HYPERMOBILITY);
        }
        bySlug.values().stream().filter(stretch -> stretch.kind() == StretchKind.DYNAMIC && stretch.primaryMuscles().stream()
                        .anyMatch(muscle -> muscle != Muscle.SHOULDERS && muscle != Muscle.UPPER_BACK))
                .forEach(stretch -> assertThat(stretch.contraindications()).as(stretch.slug() + ": loaded").contains(Contraindication.RECENT_INJURY));
    }

    @Test
    void everyStructuredCautionReadsAsPlainAdviceWithoutAnAmount() {
        for (Contraindication contraindication : Contraindication.values()) {
            assertThat(contraindication.caution()).as(contraindication.name()).doesNotContainPattern("[0-9]").endsWith(".");
        }
        assertThat(bySlug.get("downward-dog").contraindicationCautions()).as("in a fixed order, the athlete's words")
                .containsExactly(Contraindication.RECENT_INJURY.caution(), Contraindication.HIGH_BLOOD_PRESSURE.caution(),
                        Contraindication.BLOOD_CLOT.caution());
    }

    /** Issue 15's new muscles, where they are the truth. */
    @Test
    void theNewMusclesTagTheStretchesThatWorkThem() {
        assertThat(bySlug.get("lying-figure-four-glute-stretch").primaryMuscles()).containsExactly(Muscle.PIRIFORMIS, Muscle.GLUTES);
        assertThat(bySlug.get("lying-pigeon-stretch").primaryMuscles()).contains(Muscle.PIRIFORMIS);
        for (String slug : List.of("leg-swings-side-to-side", "lateral-shuffles")) {
            assertThat(bySlug.get(slug).primaryMuscles()).as(slug).startsWith(Muscle.HIP_ABDUCTORS).contains(Muscle.GLUTES);
        }
        assertThat(bySlug.get("standing-it-band-stretch").secondaryMuscles()).contains(Muscle.HIP_ABDUCTORS);
        assertThat(bySlug.get("torso-twists").secondaryMuscles()).startsWith(Muscle.OBLIQUES).doesNotContain(Muscle.SIDE);
        assertThat(bySlug.get("overhead-reach-side-lean").secondaryMuscles()).contains(Muscle.OBLIQUES);
        assertThat(bySlug.get("foot-and-toe-cramp-release").primaryMuscles()).containsExactly(Muscle.FOOT);
        assertThat(Muscle.FOOT.label()).isEqualTo("Foot and toes");
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
            if (stretch.source().isEmpty()) {
                assertThat(stretch.stepsWrittenByUs()).as(stretch.slug() + ": no article, so written by Limber").isTrue();
            } else {
                assertThat(titles).as(stretch.slug() + " source").contains(stretch.source());
                assertThat(stretch.sources().getFirst()).as(stretch.slug() + ": its main article first").isEqualTo(stretch.source());
            }
            assertThat(titles).as(stretch.slug() + " sources").containsAll(stretch.sources());
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
