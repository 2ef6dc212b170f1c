package app.limber.account.ui;

import app.limber.account.AccountDataService;
import app.limber.account.AccountRefusedException;
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

    final TextField email = new TextField(getTranslation("delete-account.email"));
    final Button delete = new Button(getTranslation("delete-account.delete"));
    final Button cancel = new Button(getTranslation("delete-account.cancel"), click -> close());
    final UnorderedList consequences = new UnorderedList();

    DeleteAccountDialog(SignedInUser me, AccountDataService accountData) {
        setHeaderTitle(getTranslation("delete-account.title"));
        addClassName("limber-delete-account-dialog");
        if (me.isCoach()) {
            consequences.add(new ListItem(getTranslation("delete-account.coach.routines")),
                    new ListItem(getTranslation("delete-account.coach.athletes")),
                    new ListItem(getTranslation("delete-account.coach.links")),
                    new ListItem(getTranslation("delete-account.coach.groups")));
        } else {
            consequences.add(new ListItem(getTranslation("delete-account.athlete.sessions")),
                    new ListItem(getTranslation("delete-account.athlete.coaches")),
                    new ListItem(getTranslation("delete-account.athlete.calendar")));
        }
        consequences.add(new ListItem(getTranslation("delete-account.signed-out")));
        email.setWidthFull();
        email.setHelperText(me.email());
        email.setManualValidation(true);
        email.addValueChangeListener(change -> email.setInvalid(false));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(click -> {
            try {
                accountData.deleteMyAccount(email.getValue());
                close();
            } catch (AccountRefusedException wrongEmail) {
                email.setErrorMessage(getTranslation(wrongEmail.words().key(), wrongEmail.words().arguments()));
                email.setInvalid(true);
            }
        });
        add(new Paragraph(getTranslation("delete-account.what-happens")), consequences, email);
        getFooter().add(cancel, delete);
        setWidth("min(36rem, 100vw)");
    }
}
