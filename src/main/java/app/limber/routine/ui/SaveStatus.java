package app.limber.routine.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The editor's save status: what the coach relies on to know nothing is lost. The server's
 * part says whether every field's last value it received is in the database; while the coach
 * types, the browser ({@link Drafts}) shows "Unsaved changes" and "Saving…" over it.
 */
class SaveStatus extends Span {

    static final String SAVED = "All changes saved";
    static final String REFUSED = "Not saved: fix the marked field";
    static final String NO_DATABASE = "Not saved: no connection to the database";
    static final String FAILED = "Not saved: the server could not store a change";
    static final String CONFLICT = "Not saved: a field was changed elsewhere. Choose which value to keep";

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
        show(SAVED, "saved");
    }

    void refused() {
        show(REFUSED, "refused");
    }

    void noDatabase() {
        show(NO_DATABASE, "failed");
    }

    void failed() {
        show(FAILED, "failed");
    }

    void conflict() {
        show(CONFLICT, "conflict");
    }

    private void show(String text, String state) {
        server.setText(text);
        getElement().setAttribute("data-state", state);
        getElement().getClassList().set("limber-save-error", !state.equals("saved"));
    }
}
