package app.limber.routine;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.routine.StepPhase.Kind;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static app.limber.routine.InvalidRoutineException.Field.RELEASE_MAX;
import static app.limber.routine.InvalidRoutineException.Field.UNTIL_RELEASED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Until it releases": a step's holds last until the cramp lets go, at most a maximum the coach
 * sets (2 minutes unless they say otherwise, 30 s to 5 min); reps and sides still apply, and the
 * routine's length counts the maximum.
 */
class UntilItReleasesTest extends LimberTest {

    @Autowired RoutineService routines;
    @Autowired LibraryService library;
    @Autowired AccountService accounts;

    private RoutineDetails routine;
    private StepDetails step;

    @BeforeEach
    void aRoutineWithOneStep() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey", "casey-password-1"));
        authenticateAs("casey@example.com");
        StretchCard calf = library.search(LibraryFilter.NONE, 0, 100).stream()
                .filter(card -> card.name().equals("Standing wall calf stretch")).findFirst().orElseThrow();
        routine = routines.addStep(routines.create("Mid-run cramp").id(), calf.id(), 0);
        step = routine.steps().getFirst();
    }

    private RoutineDetails change(RoutineField field, Object seen, Object value) {
        return routines.change(routine.id(), FieldEdit.ofStep(step.id(), field, seen, value));
    }

    @Test
    void aStepHeldUntilItReleasesKeepsItsRepsAndSidesAndCountsItsMaximum() {
        int fixedHold = step.dose().holdSeconds();
        routine = change(RoutineField.UNTIL_RELEASED, false, true);
        StepDose dose = routine.steps().getFirst().dose();
        assertThat(dose.untilReleased()).isTrue();
        assertThat(dose.releaseMaxSeconds()).isEqualTo(120);
        assertThat(dose.sides()).isEqualTo(Sides.EACH_SIDE);
        assertThat(dose.holdSeconds()).as("kept for a switch back").isEqualTo(fixedHold);
        assertThat(dose.describe()).isEqualTo("Until it releases (up to 2 min) · 1 rep · each side (left, then right)");
        assertThat(dose.summary()).isEqualTo("until it releases, up to 2 min · each side");
        // left up to 2 min, switch 5 s, right up to 2 min, after the 10 s to get into it
        assertThat(routine.steps().getFirst().seconds()).isEqualTo(10 + 120 + 5 + 120);
        assertThat(routine.estimatedSeconds()).isEqualTo(255);
        assertThat(StepTimeline.of(dose)).extracting(StepPhase::kind).containsExactly(Kind.RELEASE, Kind.SWITCH, Kind.RELEASE);

        routine = change(RoutineField.RELEASE_MAX, 120, 90);
        routine = change(RoutineField.REPS, 1, 2);
        dose = routine.steps().getFirst().dose();
        assertThat(dose.summary()).isEqualTo("until it releases, up to 1 min 30 s × 2 · each side");
        assertThat(StepTimeline.of(dose)).extracting(StepPhase::kind).containsExactly(
                Kind.RELEASE, Kind.SWITCH, Kind.RELEASE, Kind.SWITCH, Kind.RELEASE, Kind.SWITCH, Kind.RELEASE);
        assertThat(StepTimeline.of(dose)).filteredOn(phase -> phase.kind() == Kind.RELEASE)
                .extracting(StepPhase::seconds).containsOnly(90);
        // stored, not just answered
        assertThat(routines.open(routine.id()).steps().getFirst().dose()).isEqualTo(dose);

        routine = change(RoutineField.UNTIL_RELEASED, true, false);
        dose = routine.steps().getFirst().dose();
        assertThat(dose.describe()).startsWith("Hold " + fixedHold + " s · 2 reps");
        assertThat(StepTimeline.of(dose)).extracting(StepPhase::kind).doesNotContain(Kind.RELEASE);
    }

    @Test
    void aMaximumOutsideHalfAMinuteToFiveMinutesIsRefusedWithAClearMessageAndChangesNothing() {
        routine = change(RoutineField.UNTIL_RELEASED, false, true);
        for (int max : List.of(29, 301, -5)) {
            assertThatThrownBy(() -> change(RoutineField.RELEASE_MAX, 120, max))
                    .isInstanceOfSatisfying(InvalidRoutineException.class, refused -> assertThat(refused.errors())
                            .containsEntry(RELEASE_MAX, "Until it releases lasts at most between 30 seconds and 5 minutes (300 s)."));
        }
        assertThatThrownBy(() -> change(RoutineField.RELEASE_MAX, 120, null)).isInstanceOf(InvalidRoutineException.class);
        assertThatThrownBy(() -> change(RoutineField.UNTIL_RELEASED, true, null))
                .isInstanceOfSatisfying(InvalidRoutineException.class, refused -> assertThat(refused.errors()).containsKey(UNTIL_RELEASED));
        assertThatThrownBy(() -> routines.changeStep(routine.id(), step.id(),
                routine.steps().getFirst().dose().untilReleased(true, 600)))
                .isInstanceOfSatisfying(InvalidRoutineException.class, refused -> assertThat(refused.errors()).containsKey(RELEASE_MAX));
        assertThat(routines.open(routine.id()).steps().getFirst().dose().releaseMaxSeconds()).isEqualTo(120);
        assertThat(change(RoutineField.RELEASE_MAX, 120, 30).steps().getFirst().dose().releaseMaxSeconds()).isEqualTo(30);
        assertThat(change(RoutineField.RELEASE_MAX, 30, 300).steps().getFirst().dose().releaseMaxSeconds()).isEqualTo(300);
    }

    @Test
    void theSameFieldChangedElsewhereIsAConflictAndOtherFieldsMerge() {
        routine = change(RoutineField.RELEASE_MAX, 120, 60);
        // another tab, which still saw 120, sets 180: a true conflict
        assertThatThrownBy(() -> change(RoutineField.RELEASE_MAX, 120, 180))
                .isInstanceOfSatisfying(FieldConflictException.class, conflict -> assertThat(conflict.current()).isEqualTo(60));
        // a change of the timing from a tab that saw the old maximum merges
        routine = change(RoutineField.UNTIL_RELEASED, false, true);
        assertThat(routine.steps().getFirst().dose().untilReleased()).isTrue();
        assertThat(routine.steps().getFirst().dose().releaseMaxSeconds()).isEqualTo(60);
    }

    @Test
    void theCalfCrampTemplateHoldsTheKneeBendAndTheLungeUntilTheyRelease() {
        RoutineDetails calf = routines.createFromTemplate("calf-cramp-relief-mid-run");
        assertThat(calf.steps()).extracting(StepDetails::stretchName).hasSize(4);
        List<StepDose> doses = calf.steps().stream().map(StepDetails::dose).toList();
        assertThat(doses.get(1).untilReleased()).as("knee bend").isTrue();
        assertThat(doses.get(2).untilReleased()).as("lunge").isTrue();
        assertThat(doses.subList(1, 3)).allSatisfy(dose -> {
            assertThat(dose.releaseMaxSeconds()).isEqualTo(StepDose.DEFAULT_RELEASE_MAX_SECONDS);
            assertThat(dose.reps()).as("one hold until it releases, not a fixed 3 × 3").isEqualTo(1);
        });
        assertThat(doses.get(0).untilReleased()).isFalse();
        assertThat(doses.get(3).untilReleased()).isFalse();
    }
}
