package app.limber.library.ui;

import app.limber.account.Language;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;

/**
 * Marks an element whose text is a stretch's own (its name, summary, steps, cues), written in
 * its own language, when that differs from the page's: a screen reader then reads an English
 * stretch name in English on a Spanish page (WCAG 3.1.2, language of parts). On a page in the
 * stretch's own language nothing is set, and the page's {@code lang} holds.
 */
final class ContentLanguage {

    private ContentLanguage() {
    }

    /** Sets {@code lang} on the element when its text's language is not the page's (the UI's locale). */
    static <T extends HasElement> T mark(T holder, Language language) {
        String lang = of(language);
        if (lang == null) {
            holder.getElement().removeAttribute("lang");
        } else {
            holder.getElement().setAttribute("lang", lang);
        }
        return holder;
    }

    /** The {@code lang} to mark a text in this language with on the current page, or null when it is the page's. */
    static String of(Language language) {
        UI ui = UI.getCurrent();
        Language page = Language.of(ui == null ? null : ui.getLocale());
        return language == null || language == page ? null : language.code();
    }
}
