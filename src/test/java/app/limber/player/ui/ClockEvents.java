package app.limber.player.ui;

import app.limber.player.PlayPlan;
import app.limber.support.TestClock;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;

/**
 * The events {@code <limber-clock>} sends, fired in Karibu tests the way the browser sends them:
 * with the work done so far as {@code event.detail.work}, {@code [[hold ms, reps], …]} as JSON.
 */
final class ClockEvents {

    private ClockEvents() {
    }

    /** The work of a plan played out: every hold run in full, every reps phase reached. */
    static String playedOut(PlayPlan plan) {
        return work(plan, plan.steps().size(), 1.0);
    }

    /**
     * The work of the first {@code steps} steps of a plan, each hold run for a share of its time
     * (1.0: all of it) and reps reached only at 1.0; the other steps nothing.
     */
    static String work(PlayPlan plan, int steps, double share) {
        List<String> each = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            long hold = 0;
            int reps = 0;
            if (i < steps) {
                for (PlayPlan.Phase phase : plan.steps().get(i).phases()) {
                    if (phase.kind() == PlayPlan.Kind.HOLD) {
                        hold += Math.round(phase.seconds() * 1000 * share);
                    } else if (phase.kind() == PlayPlan.Kind.REPS && share >= 1.0) {
                        reps++;
                    }
                }
            }
            each.add("[" + hold + "," + reps + "]");
        }
        return "[" + String.join(",", each) + "]";
    }

    /** The server's clock moves on by the plan's length: the time a played-out session takes. */
    static void timePasses(TestClock clock, PlayPlan plan) {
        clock.advance(Duration.ofSeconds(plan.totalSeconds()));
    }

    /** The clock says what was done (before a tap is handled, or on pause). */
    static void progress(Player player, String work) {
        fire(player, "limber-progress", data(work));
    }

    /** The clock went on to a step by itself. */
    static void step(Player player, int step, String work) {
        ObjectNode data = data(work);
        data.put("event.detail.step", step);
        fire(player, "limber-step", data);
    }

    /** The clock ran out. */
    static void end(Player player, String work) {
        fire(player, "limber-end", data(work));
    }

    private static ObjectNode data(String work) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.work", work);
        return data;
    }

    private static void fire(Player player, String type, ObjectNode data) {
        Element clock = player.playing().clock.getElement();
        _fireDomEvent(clock, new DomEvent(clock, type, data));
    }
}
