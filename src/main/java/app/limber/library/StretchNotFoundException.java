package app.limber.library;

/** No such stretch, or not one this coach may see or change: the answer is the same. */
public class StretchNotFoundException extends RuntimeException {

    StretchNotFoundException(long id) {
        super("No stretch " + id + " for this coach");
    }
}
