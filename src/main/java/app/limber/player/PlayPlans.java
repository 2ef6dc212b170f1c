package app.limber.player;

import app.limber.coaching.PublishedRoutine;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * The plans made so far, shared by every player of the same published version (a plan of a
 * 12-step routine is some hundred objects; a thousand open players need only one).
 *
 * <p>Lifetime: an entry lives exactly as long as the {@link PublishedRoutine} it was made from
 * is in use, that is, held by the coaching feature's cache of published versions or by an open
 * player; keys are weak (compared by identity), so when the last holder lets go the plan goes
 * with it at the next garbage collection. Versions never change, so an entry never goes stale
 * and needs no expiry. At most {@value #MAX_PLANS} entries are kept (the least used go first),
 * which bounds the memory should many versions be open at once. One per application context:
 * tests and several contexts in a JVM do not share entries.
 */
@Component
public class PlayPlans {

    static final int MAX_PLANS = 2_000;

    private final Cache<PublishedRoutine, PlayPlan> made = Caffeine.newBuilder().weakKeys().maximumSize(MAX_PLANS).build();

    /** The plan of a published routine; the same instance for every player of that version. */
    public PlayPlan of(PublishedRoutine routine) {
        return made.get(routine, PlayPlan::of);
    }
}
