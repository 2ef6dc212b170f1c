package app.limber.sharing;

import app.limber.coaching.PublishedStep;
import app.limber.library.Muscle;
import app.limber.library.Purpose;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A shared routine's steps in the athlete's words, the same on the public page, the handout and the PDF. */
public final class StepWords {

    private StepWords() {
    }

    /** "Hold 30 s · 2 reps · Each side (left, then right) · Rest 10 s". */
    public static String dose(StepDose dose) {
        List<String> parts = new ArrayList<>();
        String hold = "Hold " + seconds(dose.holdSeconds());
        if (dose.sides() == Sides.EACH_SIDE && dose.secondSideHoldSeconds() != null
                && dose.secondSideHoldSeconds() != dose.holdSeconds()) {
            hold += " (second side " + seconds(dose.secondSideHoldSeconds()) + ")";
        }
        parts.add(hold);
        parts.add(dose.reps() + (dose.reps() == 1 ? " rep" : " reps"));
        parts.add(dose.sides().label());
        if (dose.restSeconds() > 0) {
            parts.add("Rest " + seconds(dose.restSeconds()));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** "Calves, Hamstrings; also Glutes", or empty when the step names no muscles. */
    public static String muscles(PublishedStep step) {
        String primary = step.primaryMuscles().stream().map(Muscle::label).collect(Collectors.joining(", "));
        String secondary = step.secondaryMuscles().stream().map(Muscle::label).collect(Collectors.joining(", "));
        if (secondary.isEmpty()) {
            return primary;
        }
        return primary.isEmpty() ? secondary : primary + "; also " + secondary;
    }

    /** "Post-run cool-down", or "Any time" when the routine has no purpose. */
    public static String purpose(Purpose purpose) {
        return purpose == null ? "Any time" : purpose.label();
    }

    /** "5 steps · about 6 min". */
    public static String length(SharedRoutine routine) {
        int steps = routine.steps().size();
        return steps + (steps == 1 ? " step" : " steps") + " \u00b7 " + approximately(routine.estimatedSeconds());
    }

    /** "45 s", "about 6 min". */
    public static String approximately(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        return "about " + Math.round(seconds / 60.0) + " min";
    }

    private static String seconds(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        int rest = seconds % 60;
        return seconds / 60 + " min" + (rest == 0 ? "" : " " + rest + " s");
    }
}
