package app.limber.library;

import app.limber.body.Muscle;
import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static app.limber.support.Timings.maxMillis;
import static app.limber.support.Timings.medianMillis;
import static app.limber.support.Timings.p90Millis;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run with {@code ./mvnw test -Pbenchmark}): server time of the
 * library's first page for a combined muscle + text filter with 10,000 stretches in the
 * database, median over 50 queries after a warm-up, for plain words, typos and a coach's
 * phrase. Prints the figures for BENCHMARKS.md.
 */
@Tag("benchmark")
class LibrarySearchBenchmark extends LimberTest {

    private static final int STRETCHES = 10_000;
    private static final int WARM_UP = 30;
    private static final int MEASURED = 50;
    private static final String[] WORDS = {"calf", "hamstring", "reach", "lean", "hold", "breathe", "wall", "knee",
            "heel", "hip", "lunge", "roll", "twist", "press", "relax", "slow", "step", "arch", "floor", "towel"};

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService library;

    @Test
    void firstPageOfACombinedMuscleAndTextFilter() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey", "casey-password-1"));
        long coachId = jdbc.queryForObject("select id from user_account", Long.class);
        generate(coachId);
        // as autovacuum leaves a table after a bulk load: statistics, and the GIN indexes' pending
        // entries moved into the index (a freshly loaded GIN index is read through its pending list)
        jdbc.execute("vacuum analyze stretch");
        jdbc.execute("vacuum analyze search_word");
        authenticateAs("casey@example.com");

        var hamstringsOrGlutes = LibraryFilter.NONE.withMuscles(Set.of(Muscle.HAMSTRINGS, Muscle.GLUTES));
        System.out.printf("%nBENCHMARK library search: %d stretches, %d search words; muscles hamstrings or glutes and:%n",
                jdbc.queryForObject("select count(*) from stretch", Integer.class),
                jdbc.queryForObject("select count(*) from search_word", Integer.class));
        measure("plain words 'calf lean'", hamstringsOrGlutes.withText("calf lean"));
        measure("typos 'calfs hamstrng'", hamstringsOrGlutes.withText("calfs hamstrng"));
        measure("phrase 'tight hips' + word 'wall'", hamstringsOrGlutes.withText("tight hips wall"));
        System.out.println();
    }

    private void measure(String what, LibraryFilter filter) {
        int matches = library.count(filter);
        for (int round = 0; round < WARM_UP; round++) {
            library.search(filter, 0, 50);
            library.count(filter);
        }
        long[] page = new long[MEASURED];
        long[] count = new long[MEASURED];
        for (int round = 0; round < MEASURED; round++) {
            long start = System.nanoTime();
            library.search(filter, 0, 50);
            page[round] = System.nanoTime() - start;
            start = System.nanoTime();
            library.count(filter);
            count[round] = System.nanoTime() - start;
        }
        System.out.printf("BENCHMARK %s: %d matching%n", what, matches);
        System.out.printf("BENCHMARK   first page (50): median %.2f ms, p90 %.2f ms, max %.2f ms%n", medianMillis(page), p90Millis(page), maxMillis(page));
        System.out.printf("BENCHMARK   count:           median %.2f ms, p90 %.2f ms, max %.2f ms%n", medianMillis(count), p90Millis(count), maxMillis(count));
        assertThat(matches).as("%s finds something to page through", what).isPositive();
    }

    /** 10,000 stretches of one coach, with random muscles and text (one batched insert). */
    private void generate(long coachId) {
        var random = new Random(42);
        Muscle[] muscles = Muscle.values();
        List<Object[]> rows = new ArrayList<>(STRETCHES);
        for (int index = 0; index < STRETCHES; index++) {
            String name = "Generated stretch " + index + " " + WORDS[random.nextInt(WORDS.length)];
            String step = sentence(random, 25);
            String primary = muscles[random.nextInt(muscles.length)].name();
            String secondary = muscles[random.nextInt(muscles.length)].name();
            String search = (name + "\n" + step + "\n" + Muscle.valueOf(primary).label() + "\n" + Muscle.valueOf(secondary).label()).toLowerCase();
            rows.add(new Object[]{"generated-" + index, name, step, "{" + primary + "}", "{" + secondary + "}", coachId, search});
        }
        jdbc.batchUpdate("""
                insert into stretch (slug, name, summary, instructions, kind, position, default_hold_seconds, default_reps,
                                     per_side, primary_muscles, secondary_muscles, owner_id, search_text)
                values (?, ?, '', array[?], 'STATIC', 'STANDING', 30, 1, false, cast(? as text[]), cast(? as text[]), ?, ?)""", rows);
    }

    private static String sentence(Random random, int words) {
        var text = new StringBuilder();
        for (int word = 0; word < words; word++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString().strip();
    }
}
