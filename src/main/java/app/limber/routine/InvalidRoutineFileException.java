package app.limber.routine;

import java.util.List;

/** An imported file was refused: what is wrong with it, a line each, in the coach's words; nothing was stored. */
public class InvalidRoutineFileException extends RuntimeException {

    private final List<String> problems;

    InvalidRoutineFileException(List<String> problems) {
        super("Routine file refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    InvalidRoutineFileException(String problem) {
        this(List.of(problem));
    }

    /** A few lines, each naming where in the file ("Step 2, hold") and what is wrong. */
    public List<String> problems() {
        return problems;
    }
}
