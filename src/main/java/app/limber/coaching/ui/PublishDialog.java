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

    final TextArea note = new TextArea("Note for your athletes (optional)");
    final Button confirm = new Button("Publish");

    PublishDialog(RoutineDetails routine, PublishingService publishing, Runnable afterPublishing) {
        setHeaderTitle("Publish \u201c" + routine.title() + "\u201d");
        List<String> changes = publishing.pendingChanges(routine.id());
        var what = new Div();
        what.addClassName("limber-pending-changes");
        if (changes.isEmpty()) {
            what.add(new Paragraph("This is the first version your athletes will see."));
        } else {
            what.add(new Paragraph("What your athletes will see changed:"));
            var list = new UnorderedList();
            changes.forEach(change -> list.add(new ListItem(change)));
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
                Notification.show("Published version " + version.number() + ".").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterPublishing.run();
            } catch (PublishingException refused) {
                note.setErrorMessage(refused.getMessage());
                note.setInvalid(true);
                confirm.setEnabled(true);
            }
        });
        add(what, note);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
