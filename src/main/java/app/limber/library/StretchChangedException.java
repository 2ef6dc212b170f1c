package app.limber.library;

/** The stretch was changed elsewhere since it was opened; the edit was not stored. */
public class StretchChangedException extends RuntimeException {

    StretchChangedException(long id) {
        super("Stretch " + id + " was changed meanwhile");
    }
}
