package app.limber.player;

import app.limber.base.Durations;
import app.limber.base.Words;
import app.limber.coaching.PublishedRoutine;
import app.limber.coaching.PublishedStep;
import app.limber.routine.RoutineTiming;
import app.limber.routine.StepPhase;
import app.limber.routine.StepPhase.Side;
import app.limber.routine.StepTimeline;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
     * One phase on the clock, its words not yet in a language (the clock gets them in the
     * reader's: {@link #toJson(Locale)}).
     *
     * @param title  what to do now, large: "Hold", "Switch sides", "Rest"
     * @param detail where in the step, in parts shown with " · " between them: "Rep 1 of 2 · Left side"
     * @param say    what the voice says as the phase starts, in sentences: "Left side. Hold 30 seconds"
     * @param side   the side the athlete works in this phase, or gets ready for (the figure is
     *               mirrored for the right); null for a step done on both sides at once
     */
    public record Phase(Kind kind, int seconds, Words title, List<Words> detail, List<Words> say, Side side) {

        public Phase {
            detail = List.copyOf(detail);
            say = List.copyOf(say);
        }

        public Phase(Kind kind, int seconds, Words title, List<Words> detail, List<Words> say) {
            this(kind, seconds, title, detail, say, null);
        }

        /** Where in the step, in a language (null: the UI's): "Rep 1 of 2 · Left side"; "" for nothing. */
        public String detailIn(Locale locale) {
            return joined(detail, " · ", locale);
        }

        /** What the voice says, in a language (null: the UI's): "Left side. Hold 30 seconds". */
        public String sayIn(Locale locale) {
            return joined(say, ". ", locale);
        }

        /** "Hold · Rep 1 of 2 · Left side · 30 s", as the step's list of phases shows it (no length for a hold until it releases). */
        public String listedIn(Locale locale) {
            var parts = new ArrayList<Words>();
            parts.add(title);
            parts.addAll(detail);
            if (kind != Kind.RELEASE) {
                parts.add(Durations.exactlyInWords(seconds));
            }
            return joined(parts, " · ", locale);
        }
    }

    /** Parts in a language, with a separator (punctuation, the same in every language) between them. */
    private static String joined(List<Words> parts, String separator, Locale locale) {
        return String.join(separator, parts.stream().map(part -> text(part, locale)).toList());
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
            phases.add(new Phase(Kind.READY, RoutineTiming.TRANSITION_SECONDS, Words.of("player.phase.get-ready"),
                    List.of(Words.of("player.phase.get-into-position")), readySaid(steps.isEmpty(), step.name()), side));
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
        Words side = phase.side() == null ? null : sideWords(phase.side());
        Words rep = phase.reps() > 1 ? Words.of("player.phase.rep-of", phase.rep(), phase.reps()) : null;
        return switch (phase.kind()) {
            case HOLD -> new Phase(Kind.HOLD, phase.seconds(), Words.of("player.phase.hold"), parts(rep, side),
                    parts(side, Words.of("player.say.hold", phase.seconds())));
            case REPS -> new Phase(Kind.REPS, phase.seconds(), Words.of("player.phase.reps", phase.reps()),
                    List.of(side == null ? Words.of("player.phase.own-pace") : side),
                    parts(side, Words.of("player.phase.reps", phase.reps())));
            case SWITCH -> new Phase(Kind.SWITCH, phase.seconds(), Words.of("player.phase.switch-sides"),
                    next != null && next.side() != null ? List.of(nextSideWords(next.side())) : List.of(),
                    List.of(Words.of("player.phase.switch-sides")));
            case REST -> new Phase(Kind.REST, phase.seconds(), Words.of("player.phase.rest"), List.of(Words.of("player.phase.relax")),
                    List.of(Words.of("player.phase.rest")));
            case RELEASE -> new Phase(Kind.RELEASE, phase.seconds(), Words.of("player.phase.until-released"),
                    parts(rep, side, Words.of("duration.up-to", Durations.exactlyInWords(phase.seconds()))),
                    parts(side, Words.of("player.say.until-released")));
        };
    }

    /** "Left side". */
    public static Words sideWords(Side side) {
        return Words.of(side == Side.LEFT ? "player.side.left" : "player.side.right");
    }

    /** "Next: left side", as a switch of sides says. */
    public static Words nextSideWords(Side side) {
        return Words.of(side == Side.LEFT ? "player.phase.next-side.left" : "player.phase.next-side.right");
    }

    /** "Get ready: Calf stretch" for the first step, "Next: Calf stretch" for the others. */
    private static List<Words> readySaid(boolean first, String name) {
        return List.of(Words.of(first ? "player.say.get-ready" : "player.say.next", name));
    }

    /** The parts that are there (null: not there). */
    private static List<Words> parts(Words... parts) {
        return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * This plan with one step under another name (its easier version, same phases): what the clock
     * shows and says for it. The shared plan stays as it is; the outcomes are decided on it.
     */
    public PlayPlan withStepName(int index, String name) {
        List<Step> renamed = new ArrayList<>(steps);
        Step step = steps.get(index);
        renamed.set(index, new Step(name, step.phases().stream().map(phase -> phase.kind() == Kind.READY
                ? new Phase(phase.kind(), phase.seconds(), phase.title(), phase.detail(), readySaid(index == 0, name), phase.side())
                : phase).toList()));
        return new PlayPlan(renamed);
    }

    public int totalSeconds() {
        return steps.stream().mapToInt(Step::seconds).sum();
    }

    /** The plan as JSON, as the browser's {@code <limber-clock>} reads it, in the UI's language (English outside a UI). */
    public String toJson() {
        return toJson(null);
    }

    /**
     * The plan as JSON, as the browser's {@code <limber-clock>} reads it, its words in a language
     * (null: the UI's, English outside a UI): step names stay as the coach typed them.
     */
    public String toJson(Locale locale) {
        var shown = new ArrayList<Map<String, Object>>();
        for (Step step : steps) {
            var phases = new ArrayList<Map<String, Object>>();
            for (Phase phase : step.phases()) {
                var json = new LinkedHashMap<String, Object>();
                json.put("kind", phase.kind().name());
                json.put("seconds", phase.seconds());
                json.put("title", text(phase.title(), locale));
                json.put("detail", phase.detailIn(locale));
                json.put("say", phase.sayIn(locale));
                json.put("side", phase.side() == null ? null : phase.side().name());
                if (phase.kind() == Kind.RELEASE) {
                    // at its maximum, not released: the clock stops counting and suggests stopping
                    json.put("atMax", Map.of(
                            "title", text(Words.of("player.clock.still-cramping", Durations.exactlyInWords(phase.seconds())), locale),
                            "detail", text(Words.of("player.clock.stop-or-go-on"), locale),
                            "say", text(Words.of("player.clock.still-cramping-said", spokenLength(phase.seconds())), locale)));
                }
                phases.add(json);
            }
            var json = new LinkedHashMap<String, Object>();
            json.put("name", step.name());
            json.put("phases", phases);
            shown.add(json);
        }
        return JsonMapper.shared().writeValueAsString(Map.of("steps", shown));
    }

    /** "2 minutes", "1 minute 30 seconds", "45 seconds": a length as the voice says it. */
    static Words spokenLength(int seconds) {
        if (seconds < 60) {
            return Words.of("player.say.seconds", seconds);
        }
        int rest = seconds % 60;
        return rest == 0 ? Words.of("player.say.minutes", seconds / 60) : Words.of("player.say.minutes-seconds", seconds / 60, rest);
    }

    private static String text(Words words, Locale locale) {
        return locale == null ? words.shown() : words.in(locale);
    }
}
