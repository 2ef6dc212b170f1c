package app.limber.sharing;

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

    /** "Calves, Hamstrings; also Glutes", or empty when the step names no muscles. */
    public static String muscles(PublishedStep step) {
        return Muscle.listed(step.primaryMuscles(), step.secondaryMuscles());
    }

    /** "Post-run cool-down", or "Any time" when the routine has no purpose. */
    public static String purpose(Purpose purpose) {
        return purpose == null ? "Any time" : purpose.label();
    }

    /** "5 steps · about 6 min". */
    public static String length(SharedRoutine routine) {
        int steps = routine.steps().size();
        return steps + (steps == 1 ? " step" : " steps") + " \u00b7 "
                + Durations.approximately(routine.estimatedSeconds(), routine.steps().stream().anyMatch(step -> step.dose().untilReleased()));
    }

    /** "45 s", "about 6 min". */
    public static String approximately(int seconds) {
        return Durations.approximately(seconds);
    }
}
