package app.limber.base.ui;

import app.limber.account.AccountService;
import app.limber.account.Language;
import app.limber.account.LanguageSettings;
import app.limber.account.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * The language of every page: Vaadin starts a browser session in the best match of the
 * browser's languages among {@link Language Limber's} (Spanish for {@code es-MX}, English when
 * none matches); once someone is signed in, the language they chose with their account wins,
 * read once per session. Each page's {@code <html lang>} says which it is, for screen readers,
 * hyphenation and the player's voice, and Vaadin's connection messages are put in it.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    /** Session attribute: the signed-in person's own choice was looked up. */
    static final String ACCOUNT_CHOICE_READ = "limber.language.account-choice-read";

    private final AccountService accounts;
    private final LanguageSettings languages;

    PageLanguage(AccountService accounts, LanguageSettings languages) {
        this.accounts = accounts;
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    private void apply(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(ACCOUNT_CHOICE_READ) == null && accounts.currentUserId().isPresent()) {
            session.setAttribute(ACCOUNT_CHOICE_READ, Boolean.TRUE);
            accounts.currentUser().map(SignedInUser::language).filter(languages.offered()::contains).ifPresent(chosen -> session.setLocale(chosen.locale()));
        }
        Language asked = Language.of(session.getLocale());
        Language language = languages.offered().contains(asked) ? asked : Language.ENGLISH;
        ui.setLocale(language.locale());
        ui.getPage().executeJs("document.documentElement.lang = $0", language.code());
        // Vaadin's own connection messages (a phone at the track loses its connection): in the page's language
        ui.getPage().executeJs("""
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1; indicator.reconnectingText = $2; }""",
                ui.getTranslation("connection.online"), ui.getTranslation("connection.offline"),
                ui.getTranslation("connection.reconnecting"));
    }
}
