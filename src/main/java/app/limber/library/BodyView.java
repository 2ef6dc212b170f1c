package app.limber.library;

/** Which figure of the body map shows a muscle: the front, the back, or both. */
public enum BodyView {
    FRONT,
    BACK,
    BOTH
}
