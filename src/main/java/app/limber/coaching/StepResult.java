package app.limber.coaching;

/**
 * What became of one step of a session, as the player service decided it.
 *
 * @param workSeconds    seconds of hold (or, for a step of reps only, of reps) that really ran
 * @param plannedSeconds seconds of hold (or reps) the step planned
 * @param release        for a step held until it releases, how that went; null for any other step
 *                       (and in logs from before it existed)
 * @param easier         the easier version the athlete took for this step instead of its stretch (with the same
 *                       dose); null when they did the step as planned (and in logs from before it existed)
 */
public record StepResult(String name, Outcome outcome, int workSeconds, int plannedSeconds, Release release, Easier easier) {

    /** A step without "until it releases". */
    public StepResult(String name, Outcome outcome, int workSeconds, int plannedSeconds) {
        this(name, outcome, workSeconds, plannedSeconds, null, null);
    }

    /** A step done as planned (not its easier version). */
    public StepResult(String name, Outcome outcome, int workSeconds, int plannedSeconds, Release release) {
        this(name, outcome, workSeconds, plannedSeconds, release, null);
    }

    /** The same result, the step done with this easier version (null: as planned). */
    public StepResult withEasier(Easier taken) {
        return new StepResult(name, outcome, workSeconds, plannedSeconds, release, taken);
    }

    /**
     * The easier version an athlete took for a step: the stretch the published version names as
     * the step's easier one.
     */
    public record Easier(long stretchId, String name) {

        public Easier {
            name = name == null ? "" : name;
        }

        /** "took the easier version: Knee bend calf stretch", as the coach reads it. */
        public String describe() {
            return "took the easier version: " + name;
        }
    }

    /**
     * How a step held "until it releases" went: of its holds ({@code holds}: reps times sides),
     * how many the athlete marked released, and the seconds they spent in them all.
     *
     * @param maxSeconds the longest each hold could last
     */
    public record Release(int released, int holds, int seconds, int maxSeconds) {

        public Release {
            if (released < 0 || holds < 1 || released > holds || seconds < 0 || maxSeconds < 1) {
                throw new IllegalArgumentException("A release needs 0 to " + holds + " holds released and no negative seconds");
            }
        }

        /** "released after 40 s", "not released in 2 min", "released 1 of 2 times, 2 min 40 s in all", in the UI's language. */
        public String describe() {
            return words().shown();
        }

        /** {@link #describe()} as words, for a reader whose language is not the UI's. */
        public app.limber.base.Words words() {
            var spent = app.limber.base.Durations.exactlyInWords(seconds);
            if (released == holds) {
                return holds == 1 ? app.limber.base.Words.of("step-release.released-after", spent)
                        : app.limber.base.Words.of("step-release.released-all", holds, spent);
            }
            if (released == 0) {
                return seconds >= maxSeconds * holds
                        ? app.limber.base.Words.of(holds == 1 ? "step-release.not-released-in" : "step-release.not-released-in-each",
                        app.limber.base.Durations.exactlyInWords(maxSeconds))
                        : app.limber.base.Words.of("step-release.not-released-stopped", spent);
            }
            return app.limber.base.Words.of("step-release.released-some", released, holds, spent);
        }
    }

    public enum Outcome {
        DONE("done"),
        SHORTENED("shortened"),
        SKIPPED("skipped");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public StepResult {
        name = name == null ? "" : name;
        if (outcome == null) {
            throw new IllegalArgumentException("A step result needs an outcome");
        }
        if (workSeconds < 0 || plannedSeconds < 0) {
            throw new IllegalArgumentException("Seconds cannot be negative");
        }
    }
}
