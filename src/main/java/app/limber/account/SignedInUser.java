package app.limber.account;

/**
 * The person using Limber right now, safe to hand to views.
 *
 * @param colorScheme the look they chose, or {@code null} if they never chose
 * @param timeZone    their time zone, or {@code null} while no browser has told it
 * @param language    the language they chose, or {@code null}: their browser's languages decide
 */
public record SignedInUser(long id, String email, String displayName, Role role, ColorScheme colorScheme,
                           java.time.ZoneId timeZone, Language language) {

    public boolean isCoach() {
        return role == Role.COACH;
    }

    public boolean isAthlete() {
        return role == Role.ATHLETE;
    }
}
