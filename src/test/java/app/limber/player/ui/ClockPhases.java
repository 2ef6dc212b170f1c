package app.limber.player.ui;

import app.limber.base.Durations;
import app.limber.base.Words;
import app.limber.player.PlayPlan;
import app.limber.player.PlayPlan.Kind;
import app.limber.player.PlayPlan.Phase;
import app.limber.routine.StepPhase.Side;

import java.util.ArrayList;
import java.util.List;

/** Phases for a clock test's own plan, with the words {@code PlayPlan} gives them. */
final class ClockPhases {

    private ClockPhases() {
    }

    /** Get ready (10 s): "Get ready: Calf" for the first step, "Next: Calf" for the others. */
    static Phase ready(String name, boolean first) {
        return new Phase(Kind.READY, 10, Words.of("player.phase.get-ready"), List.of(Words.of("player.phase.get-into-position")),
                List.of(Words.of(first ? "player.say.get-ready" : "player.say.next", name)));
    }

    static Phase hold(int seconds, Side side) {
        return new Phase(Kind.HOLD, seconds, Words.of("player.phase.hold"), sided(side), with(side, Words.of("player.say.hold", seconds)));
    }

    static Phase switchTo(Side next, int seconds) {
        return new Phase(Kind.SWITCH, seconds, Words.of("player.phase.switch-sides"),
                next == null ? List.of() : List.of(PlayPlan.nextSideWords(next)),
                List.of(Words.of("player.phase.switch-sides")));
    }

    static Phase rest(int seconds) {
        return new Phase(Kind.REST, seconds, Words.of("player.phase.rest"), List.of(Words.of("player.phase.relax")),
                List.of(Words.of("player.phase.rest")));
    }

    static Phase release(int seconds, Side side) {
        var detail = new ArrayList<>(sided(side));
        detail.add(Words.of("duration.up-to", Durations.exactlyInWords(seconds)));
        return new Phase(Kind.RELEASE, seconds, Words.of("player.phase.until-released"), detail,
                with(side, Words.of("player.say.until-released")));
    }

    private static List<Words> sided(Side side) {
        return side == null ? List.of() : List.of(PlayPlan.sideWords(side));
    }

    private static List<Words> with(Side side, Words said) {
        var all = new ArrayList<>(sided(side));
        all.add(said);
        return all;
    }
}
