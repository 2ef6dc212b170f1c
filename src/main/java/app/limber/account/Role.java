package app.limber.account;

/** What a person does in Limber. Spring Security sees it as {@code ROLE_COACH} / {@code ROLE_ATHLETE}. */
public enum Role {
    COACH,
    ATHLETE;

    /** The name used in {@code @RolesAllowed} and {@code hasRole(..)}. */
    public static final String COACH_NAME = "COACH";
    public static final String ATHLETE_NAME = "ATHLETE";

    public String authority() {
        return "ROLE_" + name();
    }
}
