package app.limber.routine;

import app.limber.base.Refusal;
import app.limber.base.Words;

import java.util.List;

/** An imported file was refused: what is wrong with it, a line each, in the coach's words; nothing was stored. */
public class InvalidRoutineFileException extends RuntimeException implements Refusal {

    private final List<Words> lines;

    InvalidRoutineFileException(List<Words> lines) {
        super("Routine file refused: " + lines.stream().map(Words::english).toList());
        this.lines = List.copyOf(lines);
    }

    InvalidRoutineFileException(Words problem) {
        this(List.of(problem));
    }

    /** A few lines, each naming where in the file ("Step 2, hold") and what is wrong, in the reader's language ({@link Words#shown()}). */
    public List<Words> lines() {
        return lines;
    }

    /** {@link #lines()} in English: for logs and tests. */
    public List<String> problems() {
        return lines.stream().map(Words::english).toList();
    }

    /** The first line. */
    @Override
    public Words words() {
        return lines.getFirst();
    }
}
