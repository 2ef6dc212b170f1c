package app.limber.account;

import java.util.List;

/**
 * Published once the demo accounts are in place, so other features can add their demo
 * data around them (the coaching feature puts the athletes on the coach's roster).
 */
public record DemoAccountsLoaded(long coachId, String coachEmail, List<Long> athleteIds) {
}
