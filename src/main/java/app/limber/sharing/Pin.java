package app.limber.sharing;

/** Which version a share link shows. */
public enum Pin {
    /** The version published when the link was made, even after the coach publishes again. */
    CURRENT_VERSION,
    /** Whatever version is the latest published one when the link is opened. */
    LATEST_PUBLISHED
}
