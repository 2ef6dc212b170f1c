package app.limber.routine;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.body.Muscle;
import app.limber.library.Purpose;
import app.limber.library.StretchCard;
import app.limber.support.LimberTest;
import app.limber.support.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static app.limber.routine.InvalidRoutineException.Field.HOLD;
import static app.limber.routine.InvalidRoutineException.Field.NOTE;
import static app.limber.routine.InvalidRoutineException.Field.REPS;
import static app.limber.routine.InvalidRoutineException.Field.REST;
import static app.limber.routine.InvalidRoutineException.Field.SECOND_SIDE_HOLD;
import static app.limber.routine.InvalidRoutineException.Field.SIDES;
import static app.limber.routine.InvalidRoutineException.Field.STEPS;
import static app.limber.routine.InvalidRoutineException.Field.STRETCH;
import static app.limber.routine.InvalidRoutineException.Field.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutineServiceTest extends LimberTest {

    @Autowired
    RoutineService routines;

    @Autowired
    LibraryService library;

    @Autowired
    AccountService accounts;

    private List<StretchCard> stretches;

    @BeforeEach
    void aCoachWithTheLibrary() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey", "casey-password-1"));
        accounts.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        authenticateAs("casey@example.com");
        stretches = library.search(LibraryFilter.NONE, 0, 100);
    }

    @Test
    void stepsGoWhereTheyAreDroppedWithTheStretchsDefaultDose() {
        RoutineDetails routine = routines.create("Tuesday cool-down");
        StretchCard a = stretch("Standing wall calf stretch");
        StretchCard b = stretch("High knees");
        StretchCard c = stretch("Child's pose");

        routine = routines.addStep(routine.id(), a.id(), 0);
        routine = routines.addStep(routine.id(), b.id(), 1);
        routine = routines.addStep(routine.id(), c.id(), 1);

        assertThat(routine.steps()).extracting(StepDetails::stretchName)
                .containsExactly("Standing wall calf stretch", "Child's pose", "High knees");
        assertThat(routine.steps()).extracting(StepDetails::position).containsExactly(0, 1, 2);
        StepDose wallCalf = routine.steps().getFirst().dose();
        assertThat(wallCalf).isEqualTo(new StepDose(a.holdSeconds(), a.reps(), Sides.EACH_SIDE, null, 0, ""));
        assertThat(routines.open(routine.id())).isEqualTo(routine);
    }

    @Test
    void movingAndRemovingKeepTheOrderAndUndoPutsTheStepBack() {
        RoutineDetails routine = withSteps("Calf (soleus) day", 4);
        List<Long> before = stepStretchIds(routine);
        long third = routine.steps().get(2).id();

        routine = routines.moveStep(routine.id(), third, 0);
        assertThat(stepStretchIds(routine)).containsExactly(before.get(2), before.get(0), before.get(1), before.get(3));

        var removal = routines.removeStep(routine.id(), routine.steps().get(1).id());
        assertThat(stepStretchIds(removal.routine())).containsExactly(before.get(2), before.get(1), before.get(3));

        routine = routines.restoreStep(routine.id(), removal.removed());
        assertThat(stepStretchIds(routine)).containsExactly(before.get(2), before.get(0), before.get(1), before.get(3));
        assertThat(storedPositions(routine.id())).containsExactly(0, 1, 2, 3);
    }

    @Test
    void positionsInTheDatabaseStayContiguousAfterManyChanges() {
        RoutineDetails routine = withSteps("Busy routine", 10);
        var random = new Random(7);
        for (int change = 0; change < 40; change++) {
            int size = routine.steps().size();
            int choice = random.nextInt(3);
            if (choice == 0 || size < 2) {
                routine = routines.addStep(routine.id(), stretches.get(random.nextInt(stretches.size())).id(), random.nextInt(size + 1));
            } else if (choice == 1) {
                routine = routines.moveStep(routine.id(), routine.steps().get(random.nextInt(size)).id(), random.nextInt(size));
            } else {
                routine = routines.removeStep(routine.id(), routine.steps().get(random.nextInt(size)).id()).routine();
            }
            assertThat(storedPositions(routine.id())).containsExactlyElementsOf(IntStream.range(0, routine.steps().size()).boxed().toList());
        }
    }

    @Test
    void aStepsDoseIsCheckedFieldByField() {
        RoutineDetails routine = withSteps("Doses", 1);
        long step = routine.steps().getFirst().id();
        long version = routine.version();

        assertThatThrownBy(() -> routines.changeStep(routine.id(), step,
                new StepDose(601, 0, null, 5, 601, "x".repeat(501))))
                .isInstanceOfSatisfying(InvalidRoutineException.class, refused -> assertThat(refused.errors())
                        .containsEntry(HOLD, "Hold between 0 and 600 seconds.")
                        .containsEntry(REPS, "Use 1 to 50 reps.")
                        .containsEntry(SIDES, "Choose how the sides are done.")
                        .containsEntry(SECOND_SIDE_HOLD, "A second-side hold needs \"Each side\".")
                        .containsEntry(REST, "Rest between 0 and 600 seconds.")
                        .containsEntry(NOTE, "Use at most 500 characters."));
        assertThat(routines.open(routine.id())).as("nothing stored").isEqualTo(routine);

        RoutineDetails changed = routines.changeStep(routine.id(), step,
                new StepDose(40, 2, Sides.EACH_SIDE, 20, 15, "  Keep the back knee soft. "));
        assertThat(changed.steps().getFirst().dose()).isEqualTo(new StepDose(40, 2, Sides.EACH_SIDE, 20, 15, "Keep the back knee soft."));
        assertThat(changed.version()).isGreaterThan(version);
    }

    @Test
    void theTitleIsOneToAHundredCharacters() {
        assertThatThrownBy(() -> routines.create("  ")).isInstanceOfSatisfying(InvalidRoutineException.class,
                refused -> assertThat(refused.errors()).containsEntry(TITLE, "Give the routine a title."));
        assertThatThrownBy(() -> routines.create("x".repeat(101))).isInstanceOfSatisfying(InvalidRoutineException.class,
                refused -> {
                    assertThat(refused.errors()).containsEntry(TITLE, "Use at most 100 characters.");
                    assertThat(refused.refusals().get(TITLE)).isEqualTo(app.limber.base.Words.of("routine-error.too-long", 100));
                    assertThat(refused.words().in(java.util.Locale.GERMAN)).isEqualTo("Nimm höchstens 100 Zeichen.");
                });
        RoutineDetails routine = routines.create("x".repeat(100));
        assertThatThrownBy(() -> routines.describe(routine.id(), "", "", null))
                .isInstanceOf(InvalidRoutineException.class);
        assertThat(routines.describe(routine.id(), "Race morning", "Before the gun", Purpose.PRE_RUN))
                .satisfies(described -> {
                    assertThat(described.title()).isEqualTo("Race morning");
                    assertThat(described.purpose()).isEqualTo(Purpose.PRE_RUN);
                });
    }

    @Test
    void aRoutineHoldsAtMostSixtySteps() {
        RoutineDetails routine = withSteps("Long one", 60);

        assertThatThrownBy(() -> routines.addStep(routine.id(), stretches.getFirst().id(), 0))
                .isInstanceOfSatisfying(InvalidRoutineException.class,
                        refused -> assertThat(refused.errors()).containsEntry(STEPS, "A routine has at most 60 steps."));
    }

    @Test
    void editsOfDifferentFieldsAndStepsMadeFromTwoTabsBothStay() {
        RoutineDetails seenByTabOne = withSteps("Shared", 2);
        RoutineDetails seenByTabTwo = routines.open(seenByTabOne.id());
        long first = seenByTabOne.steps().getFirst().id();
        long second = seenByTabOne.steps().get(1).id();
        StepDose firstDose = seenByTabOne.steps().getFirst().dose();

        routines.change(seenByTabOne.id(), FieldEdit.ofStep(first, RoutineField.REST, firstDose.restSeconds(), 20));
        routines.moveStep(seenByTabOne.id(), second, 0);
        RoutineDetails after = routines.change(seenByTabTwo.id(), FieldEdit.ofStep(first, RoutineField.REPS, firstDose.reps(), 4));
        routines.change(seenByTabTwo.id(), FieldEdit.ofRoutine(RoutineField.TITLE, "Shared", "Shared by two"));

        RoutineDetails stored = routines.open(seenByTabOne.id());
        StepDose dose = stored.steps().stream().filter(step -> step.id() == first).findFirst().orElseThrow().dose();
        assertThat(dose.restSeconds()).as("tab one's rest").isEqualTo(20);
        assertThat(dose.reps()).as("tab two's reps").isEqualTo(4);
        assertThat(stored.steps().getFirst().id()).as("tab one's move").isEqualTo(second);
        assertThat(stored.title()).isEqualTo("Shared by two");
        assertThat(after.version()).isGreaterThan(seenByTabTwo.version());
    }

    @Test
    void aFieldChangedElsewhereSinceTheEditorSawItIsAConflictAndNothingIsOverwritten() {
        RoutineDetails routine = withSteps("Notes", 1);
        long step = routine.steps().getFirst().id();
        routines.change(routine.id(), FieldEdit.ofStep(step, RoutineField.NOTE, "", "Tab one's note"));

        assertThatThrownBy(() -> routines.change(routine.id(), FieldEdit.ofStep(step, RoutineField.NOTE, "", "Tab two's note")))
                .isInstanceOfSatisfying(FieldConflictException.class, conflict -> {
                    assertThat(conflict.current()).isEqualTo("Tab one's note");
                    assertThat(conflict.routine().steps().getFirst().dose().note()).isEqualTo("Tab one's note");
                });
        assertThat(routines.open(routine.id()).steps().getFirst().dose().note()).isEqualTo("Tab one's note");

        RoutineDetails kept = routines.change(routine.id(), FieldEdit.ofStep(step, RoutineField.NOTE, "Tab one's note", "Tab two's note"));
        assertThat(kept.steps().getFirst().dose().note()).as("kept after seeing both").isEqualTo("Tab two's note");
        assertThat(routines.change(routine.id(), FieldEdit.ofStep(step, RoutineField.NOTE, "something older", "  Tab two's note "))
                .steps().getFirst().dose().note()).as("the same value typed twice is no conflict").isEqualTo("Tab two's note");
    }

    @Test
    void anEditOfAStepRemovedElsewhereSaysSoAndStoresNothing() {
        RoutineDetails routine = withSteps("Gone", 2);
        long removed = routine.steps().getFirst().id();
        routines.removeStep(routine.id(), removed);

        assertThatThrownBy(() -> routines.change(routine.id(), FieldEdit.ofStep(removed, RoutineField.NOTE, "", "For a gone step")))
                .isInstanceOfSatisfying(StepGoneException.class, gone -> {
                    assertThat(gone.stepId()).isEqualTo(removed);
                    assertThat(gone.routine().steps()).hasSize(1);
                });
    }

    @Test
    void eachFieldIsCheckedOnItsOwnAndControlCharactersAreRefused() {
        RoutineDetails routine = withSteps("Checks", 1);
        long step = routine.steps().getFirst().id();

        assertThatThrownBy(() -> routines.change(routine.id(), FieldEdit.ofStep(step, RoutineField.HOLD, 30, 601)))
                .isInstanceOfSatisfying(InvalidRoutineException.class, refused -> assertThat(refused.errors())
                        .containsExactly(java.util.Map.entry(HOLD, "Hold between 0 and 600 seconds.")));
        assertThatThrownBy(() -> routines.change(routine.id(), FieldEdit.ofStep(step, RoutineField.NOTE, "", "Łódź \u0000 note")))
                .isInstanceOfSatisfying(InvalidRoutineException.class, refused -> assertThat(refused.errors())
                        .containsEntry(NOTE, "Remove the invisible control character from this text."));
        assertThatThrownBy(() -> routines.change(routine.id(), FieldEdit.ofRoutine(RoutineField.TITLE, "Checks", "Nul\u0000")))
                .isInstanceOf(InvalidRoutineException.class);
        assertThatThrownBy(() -> routines.change(routine.id(), FieldEdit.ofStep(step, RoutineField.SECOND_SIDE_HOLD, null, 20)))
                .as("a second-side hold needs each side")
                .isInstanceOfSatisfying(InvalidRoutineException.class, refused -> assertThat(refused.errors()).containsKey(SECOND_SIDE_HOLD));
        assertThat(routines.open(routine.id())).as("nothing stored").isEqualTo(routine);

        RoutineDetails emoji = routines.change(routine.id(), FieldEdit.ofStep(step, RoutineField.NOTE, "", "Łódź 🏃 and a\nsecond line"));
        assertThat(emoji.steps().getFirst().dose().note()).isEqualTo("Łódź 🏃 and a\nsecond line");
    }

    @Test
    void everyOpenEditorIsToldOfEachCommittedChangeOnlyWhileItListens() {
        RoutineDetails routine = withSteps("Watched", 1);
        List<RoutineDetails> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        RoutineChanges.Subscription subscription = routines.watch(routine.id(), heard::add);

        RoutineDetails changed = routines.change(routine.id(), FieldEdit.ofRoutine(RoutineField.TITLE, "Watched", "Watched closely"));
        assertThatThrownBy(() -> routines.change(routine.id(), FieldEdit.ofRoutine(RoutineField.TITLE, "Watched", "Refused")))
                .isInstanceOf(FieldConflictException.class);
        subscription.close();
        routines.change(routine.id(), FieldEdit.ofRoutine(RoutineField.TITLE, "Watched closely", "Not heard"));

        assertThat(heard).as("one committed change while listening; a refused one tells no one").containsExactly(changed);
        authenticateAs("dana@example.com");
        assertThatThrownBy(() -> routines.watch(routine.id(), heard::add)).as("only the owner listens")
                .isInstanceOf(RoutineNotFoundException.class);
    }

    @Test
    void anotherCoachsRoutineIsNotFound() {
        RoutineDetails caseys = withSteps("Casey's", 1);
        authenticateAs("dana@example.com");

        assertThatThrownBy(() -> routines.open(caseys.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> routines.addStep(caseys.id(), stretches.getFirst().id(), 0)).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> routines.duplicate(caseys.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> routines.archive(caseys.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThat(routines.list("", false)).isEmpty();
    }

    @Test
    void anotherCoachsOwnStretchCannotBeAdded() {
        authenticateAs("dana@example.com");
        long danasStretch = library.create(app.limber.library.LibraryServiceTestDrafts.draft("Dana's own")).id();
        authenticateAs("casey@example.com");
        RoutineDetails routine = routines.create("Mine");

        assertThatThrownBy(() -> routines.addStep(routine.id(), danasStretch, 0))
                .isInstanceOfSatisfying(InvalidRoutineException.class, refused -> assertThat(refused.errors()).containsKey(STRETCH));
    }

    @Test
    void anArchivedStretchCannotBeAddedButStaysWhereItIs() {
        long own = library.create(app.limber.library.LibraryServiceTestDrafts.draft("My own")).id();
        RoutineDetails created = routines.create("With my own");
        RoutineDetails routine = routines.addStep(created.id(), own, 0);
        library.archive(own);

        long version = routine.version();
        assertThatThrownBy(() -> routines.addStep(routine.id(), own, 1))
                .isInstanceOfSatisfying(InvalidRoutineException.class, refused -> assertThat(refused.errors()).containsKey(STRETCH));
        assertThat(routines.open(routine.id()).steps()).extracting(StepDetails::stretchName).containsExactly("My own");
    }

    @Test
    void durationAndCoverageFollowTheDoses() {
        RoutineDetails created = routines.create("Timed");
        StretchCard wallCalf = stretch("Standing wall calf stretch");
        RoutineDetails added = routines.addStep(created.id(), wallCalf.id(), 0);
        RoutineDetails routine = routines.changeStep(added.id(), added.steps().getFirst().id(),
                new StepDose(30, 2, Sides.EACH_SIDE, 20, 10, ""));

        // 10 transition, then left 30, switch, right 20, switch back, left 30, switch, right 20, then 10 rest
        assertThat(routine.estimatedSeconds()).isEqualTo(10 + 30 + 5 + 20 + 5 + 30 + 5 + 20 + 10);
        // 100 s under stretch for the primary muscle, half of it for a secondary one
        wallCalf.primaryMuscles().forEach(muscle -> assertThat(routine.coverage()).containsEntry(muscle, 100));
        wallCalf.secondaryMuscles().stream().filter(muscle -> !wallCalf.primaryMuscles().contains(muscle))
                .forEach(muscle -> assertThat(routine.coverage()).containsEntry(muscle, 50));
        assertThat(routine.coverage()).doesNotContainKey(Muscle.NECK);
    }

    @Test
    void theStarterTemplatesBecomeRoutinesOfTheirOwn() {
        assertThat(routines.templates()).extracting(RoutineTemplate::slug).containsExactlyInAnyOrder(
                "pre-run-dynamic-warm-up", "post-run-static-cool-down", "calf-cramp-relief-mid-run", "full-leg-cramp-relief",
                "night-cramp-relief");

        for (RoutineTemplate template : routines.templates()) {
            RoutineDetails routine = routines.createFromTemplate(template.slug());
            assertThat(routine.title()).isEqualTo(template.title());
            assertThat(routine.purpose()).isEqualTo(template.purpose());
            assertThat(routine.steps()).as(template.slug()).hasSize(template.steps());
        }
        RoutineDetails warmUp = routines.list("warm-up", false).stream().findFirst()
                .map(summary -> routines.open(summary.id())).orElseThrow();
        assertThat(warmUp.steps().getFirst().stretchName()).isEqualTo("Easy warm-up jog");
        RoutineDetails coolDown = routines.open(routines.list("cool-down", false).getFirst().id());
        assertThat(coolDown.steps()).filteredOn(step -> step.stretchName().equals("Standing quad stretch"))
                .singleElement().satisfies(step -> assertThat(step.dose().holdSeconds()).as("the template's 30 s").isEqualTo(30));
    }

    @Test
    void duplicateArchiveAndRestore() {
        RoutineDetails original = withSteps("Original", 3);

        RoutineDetails copy = routines.duplicate(original.id());
        assertThat(copy.title()).isEqualTo("Original (copy)");
        assertThat(stepStretchIds(copy)).isEqualTo(stepStretchIds(original));

        routines.archive(original.id());
        assertThat(routines.list("", false)).extracting(RoutineSummary::title).containsExactly("Original (copy)");
        assertThat(routines.list("", true)).extracting(RoutineSummary::title).containsExactly("Original");
        routines.restore(original.id());
        assertThat(routines.list("orig", false)).extracting(RoutineSummary::title).containsExactlyInAnyOrder("Original", "Original (copy)");
        assertThat(routines.list("", false)).allSatisfy(summary -> assertThat(summary.steps()).isEqualTo(3));
    }

    @Test
    void openingARoutineOfSixtyStepsTakesAtMostThreeQueries() {
        long id = withSteps("Sixty", 60).id();

        var opened = QueryCounter.counted(() -> routines.open(id));

        assertThat(opened.result().steps()).hasSize(60);
        assertThat(opened.statements()).isLessThanOrEqualTo(3);
    }

    private RoutineDetails withSteps(String title, int count) {
        RoutineDetails routine = routines.create(title);
        for (int index = 0; index < count; index++) {
            routine = routines.addStep(routine.id(), stretches.get(index % stretches.size()).id(), index);
        }
        return routine;
    }

    private StretchCard stretch(String name) {
        return stretches.stream().filter(card -> card.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Long> stepStretchIds(RoutineDetails routine) {
        return routine.steps().stream().map(StepDetails::stretchId).toList();
    }

    private List<Integer> storedPositions(long routineId) {
        return jdbc.queryForList("select position from routine_step where routine_id = ? order by position", Integer.class, routineId);
    }
}
