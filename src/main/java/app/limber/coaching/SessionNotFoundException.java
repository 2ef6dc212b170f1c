package app.limber.coaching;

/** No such session among the signed-in coach's athletes' (another coach's is not found either). */
public class SessionNotFoundException extends RuntimeException {

    SessionNotFoundException(long sessionId) {
        super("Session " + sessionId + " not found");
    }
}
