package app.limber.coaching.ui;

import app.limber.coaching.PublishingException;
import app.limber.coaching.PublishingService;
import app.limber.coaching.VersionSummary;
import app.limber.routine.RoutineDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;

/** "Publish": what athletes will see changed, an optional note for them, and the button. */
class PublishDialog extends Dialog {

    final TextArea note = new TextArea(getTranslation("publish.note"));
    final Button confirm = new Button(getTranslation("publish.confirm"));

    PublishDialog(RoutineDetails routine, PublishingService publishing, Runnable afterPublishing) {
        setHeaderTitle(getTranslation("publish.title", routine.title()));
        List<app.limber.base.Words> changes = publishing.pendingChanges(routine.id());
        var what = new Div();
        what.addClassName("limber-pending-changes");
        if (changes.isEmpty()) {
            what.add(new Paragraph(getTranslation("publish.first-version")));
        } else {
            what.add(new Paragraph(getTranslation("publish.changes")));
            var list = new UnorderedList();
            changes.forEach(change -> list.add(new ListItem(change.shown())));
            what.add(list);
        }
        note.setMaxLength(PublishingService.MAX_NOTE);
        note.setWidthFull();
        note.setManualValidation(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            try {
                VersionSummary version = publishing.publish(routine.id(), note.getValue());
                close();
                Notification.show(getTranslation("publish.published", version.number())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterPublishing.run();
            } catch (PublishingException refused) {
                note.setErrorMessage(refused.words().shown());
                note.setInvalid(true);
                confirm.setEnabled(true);
            }
        });
        add(what, note);
        getFooter().add(new Button(getTranslation("coach-dialog.cancel"), click -> close()), confirm);
    }
}
