package app.limber.routine.ui;

import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Random;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static app.limber.support.Timings.maxMillis;
import static app.limber.support.Timings.medianMillis;
import static app.limber.support.Timings.p90Millis;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run with {@code ./mvnw test -Pbenchmark}): server time of a drop in
 * the routine editor, from the drop event to the rebuilt step list, for adding a stretch
 * and for reordering a step in a routine of 30–59 steps. Median over 200 of each.
 */
@Tag("benchmark")
class RoutineEditorDropBenchmark extends UiTest {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;

    @Autowired
    RoutineService routines;

    @Autowired
    LibraryService library;

    @Test
    void droppingAStretchAndDroppingAStep() {
        signInAsCoach();
        List<StretchCard> stretches = library.search(LibraryFilter.NONE, 0, 100);
        RoutineDetails routine = routines.create("Benchmark");
        for (int step = 0; step < 30; step++) {
            routine = routines.addStep(routine.id(), stretches.get(step % stretches.size()).id(), step);
        }
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters(RoutineEditorView.ID, String.valueOf(routine.id())));
        RoutineEditorView editor = _get(RoutineEditorView.class);
        List<LibraryPicker.PickerItem> items = editor.picker.shown().stream().map(editor.picker::item).toList();
        var random = new Random(5);

        long[] adds = new long[MEASURED];
        long[] moves = new long[MEASURED];
        for (int round = -WARM_UP; round < MEASURED; round++) {
            if (editor.routine().steps().size() >= RoutineService.MAX_STEPS - 1) {
                editor.removeStep(editor.routine().steps().getLast());
                editor.removeStep(editor.routine().steps().getLast());
            }
            int size = editor.routine().steps().size();
            long start = System.nanoTime();
            editor.dropped(items.get(random.nextInt(items.size())), random.nextInt(size + 1));
            long added = System.nanoTime() - start;
            StepRow dragged = editor.rows().get(random.nextInt(size));
            start = System.nanoTime();
            editor.dropped(dragged.handle, random.nextInt(size + 1));
            long moved = System.nanoTime() - start;
            if (round >= 0) {
                adds[round] = added;
                moves[round] = moved;
            }
        }
        System.out.printf("%nBENCHMARK routine editor drops (30-60 steps, %d rounds, step list brought up to date each time)%n", MEASURED);
        System.out.printf("BENCHMARK drop a stretch between steps: median %.2f ms, p90 %.2f ms%n", medianMillis(adds), p90Millis(adds));
        System.out.printf("BENCHMARK drop a step to reorder:       median %.2f ms, p90 %.2f ms%n%n", medianMillis(moves), p90Millis(moves));
        assertThat(editor.routine().steps()).hasSizeGreaterThanOrEqualTo(30);
    }
}
