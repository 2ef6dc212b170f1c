package app.limber.routine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever sequence of adds, moves and removes a coach makes, positions stay 0, 1, 2, … in list order. */
class StepOrderPropertyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final StepDose DOSE = new StepDose(30, 1, Sides.BOTH_AT_ONCE, null, 0, "");

    enum Kind { ADD, MOVE, REMOVE }

    record Operation(Kind kind, int a, int b) {
    }

    @Property(tries = 300)
    void positionsStayContiguousAndTheOrderIsWhatTheCoachAskedFor(@ForAll("operations") List<Operation> operations) {
        var routine = new Routine(1, "Test", "", null, NOW);
        List<Long> expected = new ArrayList<>();
        long nextStretch = 1;
        for (Operation operation : operations) {
            int size = routine.getSteps().size();
            switch (operation.kind()) {
                case ADD -> {
                    int position = operation.a() % (size + 2);
                    routine.addStep(position, nextStretch, DOSE, NOW);
                    expected.add(Math.min(position, size), nextStretch++);
                }
                case MOVE -> {
                    if (size > 0) {
                        int from = operation.a() % size;
                        int to = operation.b() % (size + 1);
                        routine.moveStep(routine.getSteps().get(from), to, NOW);
                        Long moved = expected.remove(from);
                        expected.add(Math.min(to, expected.size()), moved);
                    }
                }
                case REMOVE -> {
                    if (size > 0) {
                        int at = operation.a() % size;
                        routine.removeStep(routine.getSteps().get(at), NOW);
                        expected.remove(at);
                    }
                }
            }
            assertThat(routine.getSteps()).extracting(RoutineStep::getPosition)
                    .containsExactlyElementsOf(IntStream.range(0, routine.getSteps().size()).boxed().toList());
        }
        assertThat(routine.getSteps()).extracting(RoutineStep::getStretchId).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<Operation> operation = Combinators.combine(
                Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
                .as(Operation::new);
        return operation.list().ofMaxSize(60);
    }
}
