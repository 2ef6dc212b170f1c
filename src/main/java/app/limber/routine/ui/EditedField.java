package app.limber.routine.ui;

import app.limber.base.Durations;
import app.limber.base.Words;
import app.limber.library.Purpose;
import app.limber.routine.RoutineField;
import app.limber.routine.Sides;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.Objects;

/**
 * One field of the open routine as the editor keeps it: the component the coach types in,
 * the value last seen in the database (what an edit is checked against), and what became of
 * the last save. Below the component it says, in words and with buttons, when the value is
 * not saved (Retry), when the same field was changed elsewhere (keep either value), or when
 * a value typed earlier was never stored (use it or discard it).
 */
final class EditedField {

    enum State { SAVED, NOT_SAVED, CONFLICT, REFUSED }

    final FieldKey key;
    final AbstractField<?, ?> component;
    /** Where the field tells what became of its value; empty when all is well. */
    final Div feedback = new Div();
    private Object seen;
    private State state = State.SAVED;
    private boolean typing;
    /** A value another editor stored while the coach was typing here, shown once typing ends. */
    private Object newerElsewhere;
    private boolean hasNewerElsewhere;

    EditedField(FieldKey key, AbstractField<?, ?> component, Object stored) {
        this.key = key;
        this.component = component;
        feedback.addClassName("limber-field-feedback");
        feedback.setVisible(false);
        show(stored);
    }

    /** The value as the coach has it now, in the form it is stored. */
    Object typed() {
        Object value = component.getValue();
        return key.field().isText() ? (value == null ? "" : ((String) value).strip()) : value;
    }

    /** The value last seen in the database. */
    Object seen() {
        return seen;
    }

    State state() {
        return state;
    }

    /** Whether the coach's value differs from the stored one (typed, refused, waiting or in conflict). */
    boolean unsaved() {
        return typing || state != State.SAVED || !Objects.equals(typed(), seen);
    }

    /**
     * The coach is typing here: changes made elsewhere wait until the value is stored. If a
     * change stored elsewhere was shown here after the coach began (the browser had not told
     * us yet), the value they began from is what their save is checked against, so that it
     * meets the other change as a conflict instead of overwriting it.
     */
    void typing(String base) {
        typing = true;
        if (base != null && !base.equals(text(seen)) && state == State.SAVED) {
            Object began = fromDraft(base);
            if (key.field().isText() || began != null || base.isEmpty()) {
                seen = key.field().isText() ? base.strip() : began;
            }
        }
    }

    /** Shows a stored value (from the database), as the one the field now holds. */
    void show(Object stored) {
        seen = stored;
        setValue(stored);
        Drafts.mark(component, key, text(stored));
    }

    /** Starts afresh with a stored value: nothing pending, nothing shown below the field. */
    void reset(Object stored) {
        state = State.SAVED;
        typing = false;
        hasNewerElsewhere = false;
        if (component instanceof HasValidation validated) {
            validated.setInvalid(false);
        }
        clearFeedback();
        show(stored);
    }

    /** The coach keeps their value over the one stored elsewhere: that one is what the next save is checked against. */
    void rebase(Object storedElsewhere) {
        seen = storedElsewhere;
        Drafts.mark(component, key, text(storedElsewhere));
    }

    /** The coach's value is now in the database. */
    void stored(Object value) {
        seen = value;
        state = State.SAVED;
        typing = false;
        if (component instanceof HasValidation validated) {
            validated.setInvalid(false);
        }
        clearFeedback();
        Drafts.mark(component, key, text(value));
        hasNewerElsewhere = false;
    }

    /** The coach typed the field back to its stored value: what came from elsewhere meanwhile shows now. */
    void typingEnded() {
        typing = false;
        if (hasNewerElsewhere && state == State.SAVED && Objects.equals(typed(), seen)) {
            hasNewerElsewhere = false;
            show(newerElsewhere);
        }
    }

    /**
     * Another editor stored this value. It shows at once unless the coach has something of
     * their own here; then it waits, and a save of theirs will meet it as a conflict.
     */
    void merge(Object stored) {
        if (Objects.equals(stored, seen)) {
            return;
        }
        if (unsaved()) {
            newerElsewhere = stored;
            hasNewerElsewhere = true;
            return;
        }
        show(stored);
    }

    void refused(String message) {
        state = State.REFUSED;
        typing = false;
        clearFeedback();
        if (component instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
        }
    }

    /** The value could not be stored: it stays in the field, marked, with a Retry. */
    void notSaved(String message, Runnable retry) {
        state = State.NOT_SAVED;
        feedback.removeAll();
        var again = new Button(Words.of("edited-field.retry").shown(), click -> retry.run());
        again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        feedback.add(new Span(message), again);
        feedback.getElement().setAttribute("data-kind", "not-saved");
        feedback.setVisible(true);
    }

    /** The same field was changed elsewhere to {@code theirs}: both values show, and the coach keeps one. */
    void conflict(Object theirs, Runnable keepMine, Runnable keepTheirs) {
        state = State.CONFLICT;
        typing = false;
        feedback.removeAll();
        var message = new Span(Words.of("edited-field.conflict").shown());
        var other = new Div(describe(theirs));
        other.addClassName("limber-other-value");
        var mine = new Button(Words.of("edited-field.keep-mine").shown(), click -> keepMine.run());
        var useTheirs = new Button(Words.of("edited-field.use-theirs").shown(), click -> keepTheirs.run());
        for (Button button : new Button[]{mine, useTheirs}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        feedback.add(message, other, new Div(mine, useTheirs));
        feedback.getElement().setAttribute("data-kind", "conflict");
        feedback.setVisible(true);
    }

    /** A value typed here earlier was never stored: offered back to use or discard. */
    void offer(String draft, Runnable use, Runnable discard) {
        feedback.removeAll();
        var message = new Span(Words.of("edited-field.offer").shown());
        var text = new Div(draft.isBlank() ? Words.of("edited-field.empty").shown() : draft);
        text.addClassName("limber-other-value");
        var useIt = new Button(Words.of("edited-field.use-it").shown(), click -> use.run());
        useIt.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var drop = new Button(Words.of("edited-field.discard").shown(), click -> discard.run());
        drop.addThemeVariants(ButtonVariant.LUMO_SMALL);
        feedback.add(message, text, new Div(useIt, drop));
        feedback.getElement().setAttribute("data-kind", "offer");
        feedback.setVisible(true);
    }

    void clearFeedback() {
        feedback.removeAll();
        feedback.setVisible(false);
        feedback.getElement().removeAttribute("data-kind");
    }

    /** Puts a value into the component as if it came from the database (no save follows). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void setValue(Object value) {
        Object shown = key.field().isText() && value == null ? "" : value;
        ((AbstractField) component).setValue(shown);
    }

    /** The value in the browser's draft form (what the field's input holds). */
    static String text(Object value) {
        return value == null ? "" : value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    /** The text of a draft as a value of this field, or null when it is not one (a forged or stale draft). */
    Object fromDraft(String draft) {
        if (key.field().isText()) {
            return draft;
        }
        if (component.getValue() instanceof Integer || key.field() == RoutineField.HOLD || key.field() == RoutineField.REPS
                || key.field() == RoutineField.REST || key.field() == RoutineField.SECOND_SIDE_HOLD
                || key.field() == RoutineField.RELEASE_MAX) {
            try {
                return draft.isBlank() ? null : Integer.valueOf(draft.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    /** A value as the coach reads it. */
    String describe(Object value) {
        return describeInWords(value) instanceof Words words ? words.shown() : String.valueOf(describeInWords(value));
    }

    /** A value as the coach reads it: words ("30 s", "2 reps", "Each side (left, then right)"), or the text as typed. */
    Object describeInWords(Object value) {
        Words empty = Words.of("edited-field.empty");
        return switch (key.field()) {
            case HOLD, REST, RELEASE_MAX -> value == null ? empty : Durations.exactlyInWords((Integer) value);
            case UNTIL_RELEASED -> StepRow.timingWords((Boolean) value);
            case SECOND_SIDE_HOLD -> value == null ? Words.of("edited-field.same-as-first-side") : Durations.exactlyInWords((Integer) value);
            case REPS -> value == null ? empty : Words.of("edited-field.reps", value);
            case SIDES -> value == null ? Words.of("edited-field.none") : Words.label((Sides) value);
            case PURPOSE -> value == null ? Words.of("edited-field.any-time") : Words.label((Purpose) value);
            default -> value == null || value.toString().isBlank() ? empty : value.toString();
        };
    }

    Component component() {
        return component;
    }
}
