package app.limber.routine.ui;

import com.vaadin.flow.component.html.Span;

/** The editor's "All changes saved" mark: what the coach relies on to know nothing is lost. */
class SaveStatus extends Span {

    static final String SAVED = "All changes saved";
    static final String REFUSED = "Not saved: fix the marked field";

    SaveStatus() {
        addClassName("limber-save-status");
        getElement().setAttribute("role", "status");
    }

    void saved() {
        setText(SAVED);
        removeClassName("limber-save-error");
    }

    void refused() {
        setText(REFUSED);
        addClassName("limber-save-error");
    }
}
