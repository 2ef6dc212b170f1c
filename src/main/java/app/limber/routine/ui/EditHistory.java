package app.limber.routine.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The last changes made in this editor (add, remove, move, duplicate and dose), to undo and
 * redo. Steps are referred to through {@link StepRef}s, because a step that is put back gets
 * a new id, and the changes recorded before must follow it.
 */
final class EditHistory {

    static final int LIMIT = 20;

    /** A step as the history knows it: its id now. */
    static final class StepRef {
        long id;

        StepRef(long id) {
            this.id = id;
        }
    }

    /** A change that can be undone and made again; each says whether it could be done. */
    interface Change {
        String label();

        boolean undo();

        boolean redo();
    }

    private final Deque<Change> done = new ArrayDeque<>();
    private final Deque<Change> undone = new ArrayDeque<>();
    private final Map<Long, StepRef> refs = new HashMap<>();

    /** The one reference to a step, whichever change names it. */
    StepRef ref(long stepId) {
        return refs.computeIfAbsent(stepId, StepRef::new);
    }

    /** A step came back with a new id. */
    void renamed(StepRef ref, long newId) {
        refs.remove(ref.id);
        ref.id = newId;
        refs.put(newId, ref);
    }

    /** A change was made by the coach: it can be undone, and nothing undone can be redone any more. */
    void record(Change change) {
        done.push(change);
        while (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
    }

    boolean canUndo() {
        return !done.isEmpty();
    }

    boolean canRedo() {
        return !undone.isEmpty();
    }

    String nextUndo() {
        return done.isEmpty() ? null : done.peek().label();
    }

    String nextRedo() {
        return undone.isEmpty() ? null : undone.peek().label();
    }

    /** Undoes the last change; one that can no longer be undone (its step went elsewhere) is dropped. */
    boolean undo() {
        Change change = done.poll();
        if (change == null) {
            return false;
        }
        if (change.undo()) {
            undone.push(change);
            return true;
        }
        return false;
    }

    boolean redo() {
        Change change = undone.poll();
        if (change == null) {
            return false;
        }
        if (change.redo()) {
            done.push(change);
            return true;
        }
        return false;
    }
}
