package app.limber.routine;

/** No such routine, or not this coach's: the answer is the same. */
public class RoutineNotFoundException extends RuntimeException {

    RoutineNotFoundException(long id) {
        super("No routine " + id + " for this coach");
    }
}
