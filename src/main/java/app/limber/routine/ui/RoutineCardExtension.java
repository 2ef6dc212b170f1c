package app.limber.routine.ui;

import java.util.Collection;
import java.util.Map;

/**
 * A way for another feature to say something on each card of the routines list without
 * the routine feature knowing that feature: coaching says whether a routine is a draft,
 * published, or changed since published. Asked once for all the routines on screen.
 */
public interface RoutineCardExtension {

    /** A short line for each of these routines (the coach's own), keyed by routine id. */
    Map<Long, String> describe(Collection<Long> routineIds);
}
