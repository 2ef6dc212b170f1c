package app.limber.coaching;

/** No such athlete on the signed-in coach's roster (another coach's athlete is not found either). */
public class AthleteNotFoundException extends RuntimeException {

    AthleteNotFoundException(long athleteId) {
        super("Athlete " + athleteId + " not found");
    }
}
