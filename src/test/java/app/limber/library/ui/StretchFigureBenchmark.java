package app.limber.library.ui;

import app.limber.body.PoseFigure;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.support.UiTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static app.limber.support.Timings.maxMillis;
import static app.limber.support.Timings.medianMillis;
import static app.limber.support.Timings.p90Millis;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run with {@code ./mvnw test -Pbenchmark -Dtest=StretchFigureBenchmark}):
 * server time to draw one stretch's figure, and to make a library page of 25 cards with
 * their figures (the page's query included). Medians after a warm-up of 300 rounds: fewer
 * leave the JIT cold and time the compiler, not the drawing. Prints the figures for BENCHMARKS.md.
 */
@Tag("benchmark")
class StretchFigureBenchmark extends UiTest {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 300;
    private static final int PAGE = 25;

    @Autowired
    LibraryService library;

    @Test
    void oneFigureAndALibraryPageOf25CardsWithFigures() {
        signInAsCoach(); // the cards are Vaadin components: they are made in a (mock) Vaadin session
        List<StretchCard> built = library.search(LibraryFilter.NONE, 0, 100);
        assertThat(built).allSatisfy(card -> assertThat(card.pose()).isNotNull());

        long[] figure = new long[MEASURED];
        int characters = 0;
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            StretchCard card = built.get(round % built.size());
            long start = System.nanoTime();
            String svg = PoseFigure.svg(card.pose(), card.primaryMuscles(), card.secondaryMuscles(), PoseFigure.Side.LEFT, card.name());
            long took = System.nanoTime() - start;
            if (round >= WARM_UP) {
                figure[round - WARM_UP] = took;
                characters += svg.length();
            }
        }
        long[] page = new long[MEASURED];
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            long start = System.nanoTime();
            List<StretchCard> cards = library.search(LibraryFilter.NONE, (round % 2) * PAGE, PAGE);
            cards.forEach(card -> new ShownCard(card).figure());
            long took = System.nanoTime() - start;
            if (round >= WARM_UP) {
                page[round - WARM_UP] = took;
            }
        }
        System.out.printf("%nBENCHMARK one figure (PoseFigure.svg), %d built-in poses: median %.3f ms, p90 %.3f ms, max %.3f ms, %d characters on average%n",
                built.size(), medianMillis(figure), p90Millis(figure), maxMillis(figure), characters / MEASURED);
        System.out.printf("BENCHMARK library page of %d cards with figures (query + cards): median %.2f ms, p90 %.2f ms, max %.2f ms%n%n",
                PAGE, medianMillis(page), p90Millis(page), maxMillis(page));
    }
}
