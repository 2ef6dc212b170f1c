package app.limber.coaching;

/**
 * What became of one step of a session, as the player service decided it.
 *
 * @param workSeconds    seconds of hold (or, for a step of reps only, of reps) that really ran
 * @param plannedSeconds seconds of hold (or reps) the step planned
 */
public record StepResult(String name, Outcome outcome, int workSeconds, int plannedSeconds) {

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
