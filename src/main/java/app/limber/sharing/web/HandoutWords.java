package app.limber.sharing.web;

import app.limber.base.Durations;
import app.limber.base.Words;
import app.limber.body.Muscle;
import app.limber.coaching.PublishedStep;
import app.limber.library.Contraindication;
import app.limber.library.Purpose;
import app.limber.routine.StepDose;
import app.limber.sharing.SharedRoutine;

import java.util.List;
import java.util.Locale;

/**
 * The handout's and the PDF's words in the reader's language (the same on both): Limber's own
 * words, the labels of muscles and purposes, the cautions of contraindications. What the coach
 * typed and the built-in library's content (names, instructions) stay as written.
 */
final class HandoutWords {

    private HandoutWords() {
    }

    /** A key's text in the reader's language. */
    static String text(Locale reader, String key, Object... args) {
        return Words.of(key, args).in(reader);
    }

    /** "Post-run cool-down", or "Any time" when the routine has no purpose. */
    static String purpose(Purpose purpose, Locale reader) {
        return (purpose == null ? Words.of("handout.any-time") : Words.label(purpose)).in(reader);
    }

    /** "5 steps · about 6 min". */
    static String length(SharedRoutine routine, Locale reader) {
        boolean atMost = routine.steps().stream().anyMatch(step -> step.dose().untilReleased());
        return text(reader, "handout.length", routine.steps().size(),
                Durations.approximatelyInWords(routine.estimatedSeconds(), atMost));
    }

    /** "Hold 30 s · 2 reps · each side (left, then right) · rest 10 s". */
    static String dose(StepDose dose, Locale reader) {
        return dose.describeInWords().in(reader);
    }

    /** "Calves, Hamstrings; also Glutes", or empty when the step names no muscles. */
    static String muscles(PublishedStep step, Locale reader) {
        Words primary = joined(step.primaryMuscles());
        Words secondary = joined(step.secondaryMuscles());
        if (primary == null) {
            return secondary == null ? "" : secondary.in(reader);
        }
        return (secondary == null ? primary : Words.of("handout.muscles-also", primary, secondary)).in(reader);
    }

    /** "a, b, c" (as the muscles are listed everywhere), or null for none. */
    private static Words joined(List<Muscle> muscles) {
        Words joined = null;
        for (Muscle muscle : muscles) {
            joined = joined == null ? Words.label(muscle) : Words.of("words.comma", joined, Words.label(muscle));
        }
        return joined;
    }

    /** What an athlete reads about each of the step's contraindications. */
    static List<String> contraindicationCautions(PublishedStep step, Locale reader) {
        return step.contraindications().stream().map(contraindication -> caution(contraindication).in(reader)).toList();
    }

    private static Words caution(Contraindication contraindication) {
        return Words.of("contraindication.caution." + contraindication.name());
    }
}
