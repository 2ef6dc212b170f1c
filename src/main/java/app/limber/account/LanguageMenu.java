package app.limber.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/**
 * The language of Limber's words, chosen by the person: each language named in itself
 * ("Español"), so someone who cannot read the current one still finds theirs. The choice holds
 * for the browser session at once (the page opens again in it) and, for someone signed in, is
 * remembered with their account for every later sign-in, whatever the browser says.
 * <p>
 * It lives beside {@link AccountService} rather than in a view package because the layout of
 * every signed-in page ({@code base.ui.MainLayout}) and the login and sign-up pages all show it.
 */
public class LanguageMenu extends Select<Language> {

    public LanguageMenu(AccountService accounts, LanguageSettings languages) {
        addClassName("limber-language-menu");
        setItems(languages.offered());
        setItemLabelGenerator(Language::nativeName);
        Language current = Language.of(getLocale());
        setValue(languages.offered().contains(current) ? current : Language.ENGLISH);
        setAriaLabel(getTranslation("language.menu"));
        setTooltipText(getTranslation("language.menu"));
        setEmptySelectionAllowed(false);
        addValueChangeListener(change -> {
            if (change.getValue() == null || change.getValue() == change.getOldValue()) {
                return;
            }
            Language chosen = change.getValue();
            if (accounts.currentUserId().isPresent()) {
                accounts.rememberLanguage(chosen);
            }
            VaadinSession.getCurrent().setLocale(chosen.locale());
            UI.getCurrent().getPage().reload(); // every word on the page again, in the chosen language
        });
    }
}
