package app.limber.base;

/**
 * An exception that tells a person why nothing was done, in words the view shows in their
 * language ({@link Words#shown()}); its {@link Throwable#getMessage() message} is the same words in
 * English, for the log.
 */
public interface Refusal {

    Words words();
}
