package app.limber.player;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * What the player's clock in the browser says one step's work came to: how many milliseconds
 * its holds ran (holds until it releases included), how many of its reps phases ran to their end,
 * and how many of its holds until it releases the athlete marked released. A claim, not a fact:
 * {@link StepOutcomes} caps it by the plan and by the time that really passed.
 */
public record StepWork(long holdMillis, int repsReached, int released) {

    /** No work at all. */
    public static final StepWork NONE = new StepWork(0, 0, 0);

    public StepWork(long holdMillis, int repsReached) {
        this(holdMillis, repsReached, 0);
    }

    /** At most this many steps are read from one report (a routine has far fewer). */
    static final int MAX_STEPS = 500;

    public StepWork {
        holdMillis = Math.max(0, holdMillis);
        repsReached = Math.max(0, repsReached);
        released = Math.max(0, released);
    }

    /**
     * Reads the clock's report, {@code [[hold milliseconds, reps, released], …]} a step each (the
     * third may be missing: none released), as JSON; what
     * cannot be read counts as no work (the browser is not trusted to send well-formed data).
     */
    public static List<StepWork> parse(String json) {
        if (json == null || json.isBlank() || json.length() > 40 * MAX_STEPS) {
            return List.of();
        }
        JsonNode steps;
        try {
            steps = JsonMapper.shared().readTree(json);
        } catch (JacksonException unreadable) {
            return List.of();
        }
        if (steps == null || !steps.isArray()) {
            return List.of();
        }
        List<StepWork> work = new ArrayList<>();
        for (JsonNode step : steps) {
            if (work.size() == MAX_STEPS) {
                break;
            }
            boolean readable = step.isArray() && (step.size() == 2 || step.size() == 3 && step.get(2).isNumber())
                    && step.get(0).isNumber() && step.get(1).isNumber();
            work.add(readable ? new StepWork(step.get(0).asLong(), step.get(1).asInt(), step.size() == 3 ? step.get(2).asInt() : 0)
                    : NONE);
        }
        return List.copyOf(work);
    }
}
