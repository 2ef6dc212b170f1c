package app.limber.player;

import app.limber.base.Durations;
import app.limber.coaching.PublishedRoutine;
import app.limber.coaching.PublishedStep;
import app.limber.routine.RoutineTiming;
import app.limber.routine.StepPhase;
import app.limber.routine.StepPhase.Side;
import app.limber.routine.StepTimeline;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * What the player runs: every step as a list of timed phases (get ready, hold, switch sides,
 * reps, rest), each with what the screen shows and what the voice says. The browser counts
 * them down on its own; the server builds them, so the sequence is decided (and tested) here.
 */
public record PlayPlan(List<Step> steps) {

    public PlayPlan {
        steps = List.copyOf(steps);
    }

    /** RELEASE: hold until it releases, counted up to its {@code seconds} at most (then the player suggests stopping). */
    public enum Kind { READY, HOLD, REPS, SWITCH, REST, RELEASE }

    /**
     * One phase on the clock.
     *
     * @param title  what to do now, large: "Hold", "Switch sides", "Rest"
     * @param detail where in the step: "Rep 1 of 2 · Left side"
     * @param say    what the voice says as the phase starts
     * @param side   the side the athlete works in this phase, or gets ready for (the figure is
     *               mirrored for the right); null for a step done on both sides at once
     */
    public record Phase(Kind kind, int seconds, String title, String detail, String say, Side side) {

        public Phase(Kind kind, int seconds, String title, String detail, String say) {
            this(kind, seconds, title, detail, say, null);
        }
    }

    public record Step(String name, List<Phase> phases) {

        public Step {
            phases = List.copyOf(phases);
        }

        public int seconds() {
            return phases.stream().mapToInt(Phase::seconds).sum();
        }
    }

    /** The plan of a published routine, made afresh; {@link PlayPlans} shares one per version. */
    public static PlayPlan of(PublishedRoutine routine) {
        return make(routine);
    }

    private static PlayPlan make(PublishedRoutine routine) {
        List<Step> steps = new ArrayList<>();
        for (PublishedStep step : routine.steps()) {
            List<Phase> phases = new ArrayList<>();
            List<StepPhase> timeline = StepTimeline.of(step.dose());
            Side side = timeline.stream().map(StepPhase::side).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            phases.add(new Phase(Kind.READY, RoutineTiming.TRANSITION_SECONDS, "Get ready", "Get into position",
                    (steps.isEmpty() ? "Get ready: " : "Next: ") + step.name(), side));
            for (int i = 0; i < timeline.size(); i++) {
                StepPhase phase = timeline.get(i);
                StepPhase next = i + 1 < timeline.size() ? timeline.get(i + 1) : null;
                // a switch gets ready for the next side; a rest stays with the side just done
                side = phase.side() != null ? phase.side() : next != null && next.side() != null ? next.side() : side;
                phases.add(phase(phase, next, side));
            }
            steps.add(new Step(step.name(), phases));
        }
        return new PlayPlan(steps);
    }

    private static Phase phase(StepPhase phase, StepPhase next, Side side) {
        Phase worded = phase(phase, next);
        return new Phase(worded.kind(), worded.seconds(), worded.title(), worded.detail(), worded.say(), side);
    }

    private static Phase phase(StepPhase phase, StepPhase next) {
        String side = phase.side() == null ? "" : phase.side().label() + " side";
        return switch (phase.kind()) {
            case HOLD -> new Phase(Kind.HOLD, phase.seconds(), "Hold",
                    join(phase.reps() > 1 ? "Rep " + phase.rep() + " of " + phase.reps() : "", side),
                    spoken(side, "Hold " + phase.seconds() + " seconds"));
            case REPS -> new Phase(Kind.REPS, phase.seconds(), phase.reps() + (phase.reps() == 1 ? " rep" : " reps"),
                    side.isEmpty() ? "At your own pace" : side,
                    spoken(side, phase.reps() + (phase.reps() == 1 ? " rep" : " reps")));
            case SWITCH -> new Phase(Kind.SWITCH, phase.seconds(), "Switch sides",
                    next != null && next.side() != null ? "Next: " + next.side().label().toLowerCase(java.util.Locale.ROOT) + " side" : "",
                    "Switch sides");
            case REST -> new Phase(Kind.REST, phase.seconds(), "Rest", "Relax and breathe", "Rest");
            case RELEASE -> new Phase(Kind.RELEASE, phase.seconds(), "Until it releases",
                    join(join(phase.reps() > 1 ? "Rep " + phase.rep() + " of " + phase.reps() : "", side),
                            "up to " + Durations.exactly(phase.seconds())),
                    spoken(side, "Hold until it releases, then tap Released"));
        };
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " · " + second;
    }

    private static String spoken(String first, String second) {
        return first.isEmpty() ? second : first + ". " + second;
    }

    /**
     * This plan with one step under another name (its easier version, same phases): what the clock
     * shows and says for it. The shared plan stays as it is; the outcomes are decided on it.
     */
    public PlayPlan withStepName(int index, String name) {
        List<Step> renamed = new ArrayList<>(steps);
        Step step = steps.get(index);
        renamed.set(index, new Step(name, step.phases().stream().map(phase -> phase.kind() == Kind.READY
                ? new Phase(phase.kind(), phase.seconds(), phase.title(), phase.detail(),
                        (index == 0 ? "Get ready: " : "Next: ") + name, phase.side())
                : phase).toList()));
        return new PlayPlan(renamed);
    }

    public int totalSeconds() {
        return steps.stream().mapToInt(Step::seconds).sum();
    }

    /** The plan as JSON, as the browser's {@code <limber-clock>} reads it. */
    public String toJson() {
        return JsonMapper.shared().writeValueAsString(this);
    }
}
