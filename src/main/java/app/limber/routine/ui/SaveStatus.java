package app.limber.routine.ui;

import app.limber.base.Words;
import com.vaadin.flow.component.html.Span;

/**
 * The editor's save status: what the coach relies on to know nothing is lost. The server's
 * part says whether every field's last value it received is in the database; while the coach
 * types, the browser ({@link Drafts}) shows "Unsaved changes" and "Saving…" over it.
 */
class SaveStatus extends Span {

    static final Words SAVED_WORDS = Words.of("save-status.saved");
    static final Words REFUSED_WORDS = Words.of("save-status.refused");
    static final Words NO_DATABASE_WORDS = Words.of("save-status.no-database");
    static final Words FAILED_WORDS = Words.of("save-status.failed");
    static final Words CONFLICT_WORDS = Words.of("save-status.conflict");
    /** The same in English: what the tests read. */
    static final String SAVED = SAVED_WORDS.english();
    static final String REFUSED = REFUSED_WORDS.english();
    static final String NO_DATABASE = NO_DATABASE_WORDS.english();
    static final String FAILED = FAILED_WORDS.english();
    static final String CONFLICT = CONFLICT_WORDS.english();

    private final Span server = new Span();

    SaveStatus() {
        addClassName("limber-save-status");
        getElement().setAttribute("role", "status");
        server.addClassName("limber-save-server");
        var typing = new Span();
        typing.addClassName("limber-save-client");
        add(server, typing);
        saved();
    }

    /** What the server says now. */
    String text() {
        return server.getText();
    }

    void saved() {
        show(SAVED_WORDS, "saved");
    }

    void refused() {
        show(REFUSED_WORDS, "refused");
    }

    void noDatabase() {
        show(NO_DATABASE_WORDS, "failed");
    }

    void failed() {
        show(FAILED_WORDS, "failed");
    }

    void conflict() {
        show(CONFLICT_WORDS, "conflict");
    }

    private void show(Words text, String state) {
        server.setText(getTranslation(text.key(), text.args().toArray()));
        getElement().setAttribute("data-state", state);
        getElement().getClassList().set("limber-save-error", !state.equals("saved"));
    }
}
