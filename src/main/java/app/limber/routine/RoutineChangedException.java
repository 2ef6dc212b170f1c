package app.limber.routine;

/** The routine changed elsewhere (another tab or device) since this editor last saw it; nothing was stored. */
public class RoutineChangedException extends RuntimeException {

    RoutineChangedException(long id) {
        super("Routine " + id + " was changed elsewhere");
    }
}
