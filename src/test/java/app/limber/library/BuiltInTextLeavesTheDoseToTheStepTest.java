package app.limber.library;

import app.limber.library.BuiltInStretches.Entry;
import app.limber.support.StatedAmounts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The athlete reads a step's instructions next to the dose the coach set (45 s × 2), so the
 * built-in words never state a hold time, a count or how often to repeat: the dose does.
 */
class BuiltInTextLeavesTheDoseToTheStepTest {

    @Test
    void noBuiltInInstructionCueOrSummaryStatesAnAmount() {
        List<String> stated = new ArrayList<>();
        for (Entry entry : BuiltInStretches.read().stretches()) {
            Stream.of(Stream.of(entry.summary()), entry.instructions().stream(), entry.cues().stream())
                    .flatMap(lines -> lines)
                    .filter(line -> !StatedAmounts.in(line).isEmpty())
                    .forEach(line -> stated.add(entry.slug() + ": " + line + "  " + StatedAmounts.in(line)));
        }
        assertThat(stated).as("lines that state what the dose says").isEmpty();
    }

    @Test
    void theCheckFindsTheWaysTextStatesAnAmount() {
        assertThat(Stream.of("Hold for about 30 seconds (20 is fine if time is short), breathing slowly.",
                "Ease back, switch legs and repeat; do each side once or twice.",
                "Do about ten, then swap the front leg and repeat.",
                "Keep going at an easy, even pace for about five turns to each side.",
                "Hold for 10 to 15 seconds, then straighten the knee to release.",
                "Gentle bent-knee calf stretch; hold 10-15 s and repeat.",
                "Do about ten shuffle steps in one direction.",
                "Pause on tight spots for a few breaths.",
                "Hold the lunge for one slow, deep breath.",
                "Relax, then repeat once more.",
                "Keep it going for about five minutes.",
                "Do 12 reps, then 3 times more."))
                .allSatisfy(line -> assertThat(StatedAmounts.in(line)).as(line).isNotEmpty());
        assertThat(Stream.of("Hold, breathing slowly.", "Ease back and switch legs.",
                "Stand on one leg next to a wall and take a long step forward.",
                "Stand on one leg and swing the other leg across.",
                "Stop at once if you feel sharp, stabbing or tearing pain.",
                "If the cramp keeps coming back once you set off again, head home.",
                "Lower the knee to about a right angle; do the same number with the other leg."))
                .allSatisfy(line -> assertThat(StatedAmounts.in(line)).as(line).isEmpty());
    }
}
