package app.limber.account;

/** The light or dark look a person picked; remembered with their account. */
public enum ColorScheme {
    LIGHT,
    DARK
}
