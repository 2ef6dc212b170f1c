package app.limber.account.ui;

import app.limber.account.SignedInSessions;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a deleted account's pages go: it is gone, and they are signed out. */
@Route(value = SignedInSessions.DELETED_PAGE, autoLayout = false)
@PageTitle("Account deleted · Limber")
@AnonymousAllowed
public class AccountDeletedView extends VerticalLayout {

    public AccountDeletedView() {
        addClassName("limber-account-deleted");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var signUp = new Anchor("signup", "Make a new coach account");
        add(new H1("Your account is deleted"),
                new Paragraph("Everything of yours is gone from Limber, and you are signed out on every device."),
                new Paragraph("Thank you for stretching with us."), signUp);
    }
}
