package app.limber.routine.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The browser's copy of what the coach typed in the editor, {@code <limber-drafts>}
 * ({@code frontend/components/limber-drafts.ts}): each typed value of a field marked with
 * {@link #mark} is kept in the browser's localStorage until {@link #saved} says it is in the
 * database. Drafts still kept when the editor opens come back as a {@link FoundEvent}. It also
 * keeps the save status honest while typing, asks before the page is left with anything unsaved,
 * brings Ctrl+Z / Ctrl+Shift+Z ({@link UndoKeyEvent}) and, after a failure, asks for the waiting
 * changes to be sent again ({@link ResendEvent}).
 */
@Tag("limber-drafts")
@JsModule("./components/limber-drafts.ts")
class Drafts extends Component {

    /** The most drafts one editor takes from the browser, and the longest text of one. */
    static final int MAX_DRAFTS = 200;
    static final int MAX_DRAFT_LENGTH = 5000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    Drafts(long routineId) {
        getElement().setAttribute("routine", String.valueOf(routineId));
        getElement().setAttribute("aria-hidden", "true");
        // what the browser shows in the save status while the coach types, in the coach's language
        getElement().setAttribute("unsaved-text", getTranslation("drafts.unsaved"));
        getElement().setAttribute("saving-text", getTranslation("drafts.saving"));
        getElement().setAttribute("no-answer-text", getTranslation("drafts.no-answer"));
    }

    /** Marks a field whose typing is kept, and tells the browser what is stored in it now. */
    static void mark(Component field, FieldKey key, String stored) {
        field.getElement().setAttribute("data-draft-key", key.draftKey());
        field.getElement().setAttribute("data-saved-value", stored);
    }

    /** This value of the field is in the database: its draft can go (unless more was typed since). */
    void saved(FieldKey key, String value) {
        getElement().callJsFunction("saved", key.draftKey(), value);
    }

    /** The draft of this field is no longer wanted. */
    void forget(FieldKey key) {
        getElement().callJsFunction("forget", key.draftKey());
    }

    /** A save failed: the browser asks for the waiting changes again in a moment. */
    void failed() {
        getElement().callJsFunction("failed");
    }

    Registration onFound(ComponentEventListener<FoundEvent> listener) {
        return addListener(FoundEvent.class, listener);
    }

    Registration onStarted(ComponentEventListener<StartedEvent> listener) {
        return addListener(StartedEvent.class, listener);
    }

    Registration onEnded(ComponentEventListener<EndedEvent> listener) {
        return addListener(EndedEvent.class, listener);
    }

    Registration onLeft(ComponentEventListener<LeftEvent> listener) {
        return addListener(LeftEvent.class, listener);
    }

    Registration onResend(ComponentEventListener<ResendEvent> listener) {
        return addListener(ResendEvent.class, listener);
    }

    Registration onUndoKey(ComponentEventListener<UndoKeyEvent> listener) {
        return addListener(UndoKeyEvent.class, listener);
    }

    /** One kept draft: the field it was typed in and the text. */
    record Draft(FieldKey key, String value) {
    }

    /** The drafts the browser still kept when the editor opened (what does not parse is left out). */
    @DomEvent("drafts-found")
    public static class FoundEvent extends ComponentEvent<Drafts> {
        private final List<Draft> drafts;

        public FoundEvent(Drafts source, boolean fromClient, @EventData("event.detail.json") String json) {
            super(source, fromClient);
            this.drafts = parse(json);
        }

        List<Draft> drafts() {
            return drafts;
        }

        private static List<Draft> parse(String json) {
            List<Draft> found = new ArrayList<>();
            try {
                JsonNode list = json == null ? null : JSON.readTree(json);
                if (list == null || !list.isArray()) {
                    return List.of();
                }
                for (JsonNode entry : list) {
                    if (found.size() == MAX_DRAFTS) {
                        break;
                    }
                    JsonNode value = entry.get("value");
                    Optional<FieldKey> key = FieldKey.parse(entry.path("key").asString(null));
                    if (key.isPresent() && value != null && value.isString() && value.asString().length() <= MAX_DRAFT_LENGTH) {
                        found.add(new Draft(key.get(), value.asString()));
                    }
                }
            } catch (JacksonException notJson) {
                return List.of();
            }
            return List.copyOf(found);
        }
    }

    /** An event about one field; its key as the browser named it, parsed (what does not parse is empty). */
    abstract static class FieldEvent extends ComponentEvent<Drafts> {
        private final Optional<FieldKey> key;

        FieldEvent(Drafts source, boolean fromClient, String key) {
            super(source, fromClient);
            this.key = FieldKey.parse(key);
        }

        Optional<FieldKey> key() {
            return key;
        }
    }

    /** The coach began typing in a field (it is not in the database until {@link #saved}). */
    @DomEvent("draft-started")
    public static class StartedEvent extends FieldEvent {
        private final String base;

        public StartedEvent(Drafts source, boolean fromClient, @EventData("event.detail.key") String key,
                            @EventData("event.detail.base") String base) {
            super(source, fromClient, key);
            this.base = base;
        }

        /** What the field held (as stored) when the coach began typing; null when the browser did not say. */
        String base() {
            return base;
        }
    }

    /** The coach typed a field back to its stored value: nothing of theirs is waiting there. */
    @DomEvent("draft-ended")
    public static class EndedEvent extends FieldEvent {
        public EndedEvent(Drafts source, boolean fromClient, @EventData("event.detail.key") String key) {
            super(source, fromClient, key);
        }
    }

    /** The coach left a field they had typed in: its value, to store at once. */
    @DomEvent("draft-left")
    public static class LeftEvent extends FieldEvent {
        private final String value;

        public LeftEvent(Drafts source, boolean fromClient, @EventData("event.detail.key") String key,
                         @EventData("event.detail.value") String value) {
            super(source, fromClient, key);
            this.value = value == null || value.length() > MAX_DRAFT_LENGTH ? null : value;
        }

        /** What the field held; null when the browser sent nothing usable. */
        String value() {
            return value;
        }
    }

    /** Time to send the changes that could not be stored again. */
    @DomEvent("resend")
    public static class ResendEvent extends ComponentEvent<Drafts> {
        public ResendEvent(Drafts source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** Ctrl+Z (undo) or Ctrl+Shift+Z / Ctrl+Y (redo) outside a text field. */
    @DomEvent("undo-key")
    public static class UndoKeyEvent extends ComponentEvent<Drafts> {
        private final boolean redo;

        public UndoKeyEvent(Drafts source, boolean fromClient, @EventData("event.detail.redo") boolean redo) {
            super(source, fromClient);
            this.redo = redo;
        }

        boolean redo() {
            return redo;
        }
    }
}
