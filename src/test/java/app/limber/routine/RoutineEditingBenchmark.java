package app.limber.routine;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Random;

import static app.limber.support.Timings.maxMillis;
import static app.limber.support.Timings.medianMillis;
import static app.limber.support.Timings.p90Millis;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run with {@code ./mvnw test -Pbenchmark}): server time of adding a
 * step at a position (a drop) and of moving a step (a reorder) in a routine of 30–59 steps,
 * median over 200 of each after a warm-up, security and database round trips included.
 */
@Tag("benchmark")
class RoutineEditingBenchmark extends LimberTest {

    private static final int WARM_UP = 50;
    private static final int MEASURED = 200;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService library;

    @Autowired
    RoutineService routines;

    @Test
    void addingAStepAndReordering() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey", "casey-password-1"));
        authenticateAs("casey@example.com");
        List<StretchCard> stretches = library.search(LibraryFilter.NONE, 0, 100);
        var random = new Random(3);

        RoutineDetails routine = routines.create("Benchmark");
        for (int step = 0; step < 30; step++) {
            routine = routines.addStep(routine.id(), stretches.get(step % stretches.size()).id(), step);
        }
        long[] adds = new long[MEASURED];
        long[] moves = new long[MEASURED];
        for (int round = -WARM_UP; round < MEASURED; round++) {
            if (routine.steps().size() >= RoutineService.MAX_STEPS - 1) {
                routine = routines.removeStep(routine.id(), routine.steps().getLast().id()).routine();
                routine = routines.removeStep(routine.id(), routine.steps().getLast().id()).routine();
            }
            int size = routine.steps().size();
            long start = System.nanoTime();
            routine = routines.addStep(routine.id(), stretches.get(random.nextInt(stretches.size())).id(), random.nextInt(size + 1));
            long added = System.nanoTime() - start;
            start = System.nanoTime();
            routine = routines.moveStep(routine.id(), routine.steps().get(random.nextInt(size)).id(), random.nextInt(size));
            long moved = System.nanoTime() - start;
            if (round >= 0) {
                adds[round] = added;
                moves[round] = moved;
            }
        }
        System.out.printf("%nBENCHMARK routine editing (%d-%d steps, %d rounds)%n", 30, RoutineService.MAX_STEPS, MEASURED);
        System.out.printf("BENCHMARK add step at a position: median %.2f ms, p90 %.2f ms%n", medianMillis(adds), p90Millis(adds));
        System.out.printf("BENCHMARK move a step:            median %.2f ms, p90 %.2f ms%n%n", medianMillis(moves), p90Millis(moves));
        assertThat(routine.steps()).isNotEmpty();
    }
}
