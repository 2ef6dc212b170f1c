package app.limber.account.ui;

import app.limber.account.SignedInSessions;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a deleted account's pages go: it is gone, and they are signed out. */
@Route(value = SignedInSessions.DELETED_PAGE, autoLayout = false)
@AnonymousAllowed
public class AccountDeletedView extends VerticalLayout implements HasDynamicTitle {

    public AccountDeletedView() {
        addClassName("limber-account-deleted");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var signUp = new Anchor("signup", getTranslation("account-deleted.sign-up"));
        add(new H1(getTranslation("account-deleted.heading")),
                new Paragraph(getTranslation("account-deleted.gone")),
                new Paragraph(getTranslation("account-deleted.thanks")), signUp);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account-deleted.page-title");
    }
}
