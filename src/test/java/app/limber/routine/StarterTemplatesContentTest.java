package app.limber.routine;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.body.Muscle;
import app.limber.library.LibraryService;
import app.limber.library.Position;
import app.limber.library.StretchDetails;
import app.limber.library.StretchKind;
import app.limber.library.Purpose;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter routines follow the articles (issue 15): every step's stretch is in the library,
 * and a routine for cramps contracts the muscle opposite a cramp before it stretches the
 * cramping one (article 003), keeps its positions in order, and says on each step what it is for.
 */
class StarterTemplatesContentTest extends LimberTest {

    private static final Set<StretchKind> CONTRACTIONS = EnumSet.of(StretchKind.RECIPROCAL_INHIBITION, StretchKind.CONTRACT_RELAX);

    @Autowired AccountService accounts;
    @Autowired RoutineService routines;
    @Autowired LibraryService library;
    @Autowired StarterTemplates templates;

    @BeforeEach
    void aCoach() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey", "casey-password-1"));
        authenticateAs("casey@example.com");
    }

    @Test
    void everyStepOfEveryTemplateIsABuiltInStretchAndNoneIsLeftOut() {
        for (var template : templates.all()) {
            RoutineDetails routine = routines.createFromTemplate(template.slug());
            assertThat(routine.steps()).as(template.slug() + ": every step found in the library").hasSize(template.steps().size());
        }
    }

    @Test
    void aCrampRoutineContractsTheOppositeMuscleBeforeItStretchesTheCrampingOne() {
        var crampTemplates = templates.all().stream().filter(template -> template.purpose() == Purpose.CRAMP_RELIEF).toList();
        assertThat(crampTemplates).hasSizeGreaterThanOrEqualTo(2);
        for (var template : crampTemplates) {
            List<StretchDetails> steps = stepsOf(template.slug());
            Set<Muscle> released = EnumSet.noneOf(Muscle.class);
            for (StretchDetails step : steps) {
                if (CONTRACTIONS.contains(step.kind())) {
                    released.addAll(step.primaryMuscles());
                } else if (step.kind() == StretchKind.STATIC) {
                    assertThat(released).as(template.slug() + ": a contraction releases " + step.primaryMuscles()
                            + " before \"" + step.name() + "\" stretches it").containsAll(step.primaryMuscles());
                }
            }
            assertThat(steps).as(template.slug() + ": no technique twice").extracting(StretchDetails::slug).doesNotHaveDuplicates();
        }
    }

    @Test
    void theFullLegRoutineReleasesCalfHamstringAndQuadAndMovesStandingThenLyingThenSeated() {
        List<StretchDetails> steps = stepsOf("full-leg-cramp-relief");
        Set<Muscle> contracted = EnumSet.noneOf(Muscle.class);
        steps.stream().filter(step -> CONTRACTIONS.contains(step.kind())).forEach(step -> contracted.addAll(step.primaryMuscles()));
        assertThat(contracted).as("an opposite-muscle technique for each muscle the description promises")
                .contains(Muscle.CALF_GASTROCNEMIUS, Muscle.HAMSTRINGS, Muscle.QUADRICEPS);

        List<Position> positions = new ArrayList<>();
        steps.forEach(step -> {
            if (positions.isEmpty() || positions.getLast() != step.position()) {
                positions.add(step.position());
            }
        });
        assertThat(positions).as("no hopping between positions").containsExactly(Position.STANDING, Position.LYING, Position.SEATED);

        RoutineDetails routine = routines.createFromTemplate("full-leg-cramp-relief");
        assertThat(routine.steps().getFirst().dose().note()).isEqualTo("For a calf cramp; skip it otherwise.");
        assertThat(routine.steps()).as("each step says which cramp it is for").allSatisfy(step ->
                assertThat(step.dose().note()).isNotBlank());
        StretchDetails raise = steps.stream().filter(step -> step.slug().equals("lying-leg-raise-toes-pulled-back")).findFirst().orElseThrow();
        assertThat(routine.steps().get(steps.indexOf(raise)).dose().note()).as("toes pulled back helps a calf cramp only")
                .contains("calf cramp");
    }

    @Test
    void theCalfCrampRoutineStartsTheStretchingWithTheKneeBend() {
        List<String> slugs = stepsOf("calf-cramp-relief-mid-run").stream().map(StretchDetails::slug).toList();
        assertThat(slugs).containsExactly("standing-calf-cramp-shin-contraction", "standing-knee-bend-calf-stretch",
                "standing-lunge-calf-cramp-release", "cramp-massage");
    }

    @Test
    void theNightCrampRoutineIsDoneSittingUpInBed() {
        List<StretchDetails> steps = stepsOf("night-cramp-relief");
        assertThat(steps).extracting(StretchDetails::position).containsOnly(Position.SEATED);
        assertThat(steps.getFirst().kind()).as("the opposite muscle first").isEqualTo(StretchKind.RECIPROCAL_INHIBITION);
        assertThat(routines.createFromTemplate("night-cramp-relief").steps()).allSatisfy(step ->
                assertThat(step.dose().note()).isNotBlank());
    }

    private List<StretchDetails> stepsOf(String templateSlug) {
        RoutineDetails routine = routines.createFromTemplate(templateSlug);
        return routine.steps().stream().map(step -> library.find(step.stretchId()).orElseThrow()).toList();
    }
}
