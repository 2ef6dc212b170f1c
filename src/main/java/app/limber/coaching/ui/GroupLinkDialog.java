package app.limber.coaching.ui;

import app.limber.coaching.AthleteGroup;
import app.limber.coaching.GroupLinkRefusedException;
import app.limber.coaching.RosterService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/** Makes a group link: how many athletes it lets in and its last day, both optional. */
class GroupLinkDialog extends Dialog {

    final IntegerField maxUses = new IntegerField("Athletes who can join (optional)");
    final DatePicker lastDay = new DatePicker("Last day (optional)");
    final Button create = new Button("Make group link");

    GroupLinkDialog(RosterService roster, AthleteGroup group, Runnable done) {
        setHeaderTitle("Group link for " + group.name());
        maxUses.setMin(1);
        maxUses.setMax(RosterService.MAX_GROUP_LINK_USES);
        maxUses.setHelperText("Empty: no limit");
        maxUses.setManualValidation(true);
        lastDay.setHelperText("Empty: until you revoke it");
        lastDay.setManualValidation(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            maxUses.setInvalid(false);
            lastDay.setInvalid(false);
            try {
                roster.createGroupLink(group.id(), maxUses.getValue(), lastDay.getValue());
                Notification.show("Group link ready: whoever joins through it is in " + group.name() + ".")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                done.run();
            } catch (GroupLinkRefusedException refused) {
                var field = refused.field() == GroupLinkRefusedException.Field.LAST_DAY ? lastDay : maxUses;
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            }
        });
        var cancel = new Button("Cancel", click -> close());
        add(new VerticalLayout(new Paragraph("Each athlete who joins through it is on your roster and in "
                + group.name() + "."), maxUses, lastDay));
        getFooter().add(cancel, create);
    }
}
