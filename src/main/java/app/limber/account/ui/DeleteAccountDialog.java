package app.limber.account.ui;

import app.limber.account.AccountDataService;
import app.limber.account.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Asks before an account is deleted: says exactly what happens, and deletes only once the
 * person typed their email.
 */
class DeleteAccountDialog extends Dialog {

    final TextField email = new TextField("Type your email to confirm");
    final Button delete = new Button("Delete my account");
    final Button cancel = new Button("Cancel", click -> close());
    final UnorderedList consequences = new UnorderedList();

    DeleteAccountDialog(SignedInUser me, AccountDataService accountData) {
        setHeaderTitle("Delete your account?");
        addClassName("limber-delete-account-dialog");
        if (me.isCoach()) {
            consequences.add(new ListItem("Your routines, their published versions and your own stretches, with their photos and videos, are deleted."),
                    new ListItem("Your athletes lose access to your routines and are taken off your roster. They keep their own "
                            + "Limber accounts and their routines from other coaches; their sessions of your routines are deleted."),
                    new ListItem("Your share links stop working at once, and your invite links too."),
                    new ListItem("Your groups and everything your athletes logged for you are deleted."));
        } else {
            consequences.add(new ListItem("Every session you logged, with how it felt and your notes, is deleted, and so are your coaches' replies."),
                    new ListItem("You leave your coaches' rosters and groups; the routines they gave you are no longer yours to open."),
                    new ListItem("Your calendar feed stops working."));
        }
        consequences.add(new ListItem("You are signed out everywhere. This can't be undone: download your data first if you want to keep it."));
        email.setWidthFull();
        email.setHelperText(me.email());
        email.setManualValidation(true);
        email.addValueChangeListener(change -> email.setInvalid(false));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(click -> {
            try {
                accountData.deleteMyAccount(email.getValue());
                close();
            } catch (IllegalArgumentException wrongEmail) {
                email.setErrorMessage(wrongEmail.getMessage());
                email.setInvalid(true);
            }
        });
        add(new Paragraph("This is what happens:"), consequences, email);
        getFooter().add(cancel, delete);
        setWidth("min(36rem, 100vw)");
    }
}
