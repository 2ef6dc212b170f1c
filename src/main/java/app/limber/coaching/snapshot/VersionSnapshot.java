package app.limber.coaching.snapshot;

import app.limber.library.Purpose;

import java.util.List;

/**
 * A published version as it is stored: the JSON in {@code routine_version.content}. These
 * records are the stored format and nothing else; they change only together with
 * {@link #SCHEMA} and a reader for the old shape (see docs/decisions/0003). The live domain
 * records (the editor's steps, the library's stretches) may change freely.
 *
 * <p>Enum values are stored by name ({@link Purpose}, and in the steps the stretch kind,
 * position, muscles and sides): those names are part of the format. Renaming a constant
 * needs a new schema (or an alias), never a silent rename.
 *
 * @param schema           the shape's number; rows written before the field existed are schema 1
 * @param estimatedSeconds the routine's length at publish time, as athletes were told it
 */
public record VersionSnapshot(int schema, String title, String description, Purpose purpose, int estimatedSeconds,
                              List<StepSnapshot> steps) {

    /** The shape written today. Schema 1 is the first one; its rows from before this field say nothing. */
    public static final int SCHEMA = 1;

    public VersionSnapshot {
        steps = List.copyOf(steps);
    }
}
