package app.limber.routine;

import app.limber.body.Muscle;

import java.util.List;

/**
 * One step as the editor shows it: the stretch's name and muscles, and the step's dose.
 *
 * @param variations its stretch's easier and harder versions the step can be swapped for
 */
public record StepDetails(long id, int position, long stretchId, String stretchName,
                          List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles, StepDose dose,
                          app.limber.library.StretchVariations variations) {

    public int seconds() {
        return RoutineTiming.stepSeconds(dose);
    }
}
