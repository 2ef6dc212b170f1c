package app.limber.routine;

/** What is needed to put a removed step back where it was (the editor's undo). */
public record RemovedStep(long stretchId, int position, StepDose dose) {
}
