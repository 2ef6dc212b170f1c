package app.limber.sharing;

import app.limber.base.Words;
import app.limber.base.Durations;
import app.limber.coaching.PublishedStep;
import app.limber.body.Muscle;
import app.limber.library.Purpose;
import app.limber.routine.StepDose;


/** A shared routine's steps in the athlete's words, the same on the public page, the handout and the PDF. */
public final class StepWords {

    private StepWords() {
    }

    /** "Hold 30 s · 2 reps · each side (left, then right) · rest 10 s": the words athletes see everywhere. */
    public static String dose(StepDose dose) {
        return dose.describe();
    }

    /** "Calves, Hamstrings; also Glutes", or empty when the step names no muscles (in the UI's language; English outside a UI). */
    public static String muscles(PublishedStep step) {
        return step.primaryMuscles().isEmpty() && step.secondaryMuscles().isEmpty() ? "" : musclesInWords(step).shown();
    }

    /** {@link #muscles} for any reader; "nothing" when the step names no muscles. */
    public static Words musclesInWords(PublishedStep step) {
        if (step.primaryMuscles().isEmpty() || step.secondaryMuscles().isEmpty()) {
            return listed(step.primaryMuscles().isEmpty() ? step.secondaryMuscles() : step.primaryMuscles());
        }
        return Words.of("step-words.also", listed(step.primaryMuscles()), listed(step.secondaryMuscles()));
    }

    /** "Calves, Hamstrings", as {@link Muscle#listed} lists them. */
    private static Words listed(java.util.Collection<Muscle> muscles) {
        Words joined = null;
        for (Muscle muscle : muscles) {
            joined = joined == null ? Words.label(muscle) : Words.of("words.comma", joined, Words.label(muscle));
        }
        return joined == null ? Words.of("words.nothing") : joined;
    }

    /** "Post-run cool-down", or "Any time" when the routine has no purpose (in the UI's language; English outside a UI). */
    public static String purpose(Purpose purpose) {
        return purposeInWords(purpose).shown();
    }

    /** {@link #purpose} for any reader. */
    public static Words purposeInWords(Purpose purpose) {
        return purpose == null ? Words.of("step-words.any-time") : Words.label(purpose);
    }

    /** "5 steps · about 6 min" (in the UI's language; English outside a UI). */
    public static String length(SharedRoutine routine) {
        return lengthInWords(routine).shown();
    }

    /** {@link #length} for any reader. */
    public static Words lengthInWords(SharedRoutine routine) {
        return Words.of("step-words.length", routine.steps().size(),
                Durations.approximatelyInWords(routine.estimatedSeconds(), routine.steps().stream().anyMatch(step -> step.dose().untilReleased())));
    }

    /** "45 s", "about 6 min". */
    public static String approximately(int seconds) {
        return Durations.approximately(seconds);
    }
}
