package app.limber.coaching.ui;

import app.limber.base.ui.DatePickerWords;
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

    final IntegerField maxUses = new IntegerField(getTranslation("group-link.max-uses"));
    final DatePicker lastDay = DatePickerWords.inReadersLanguage(new DatePicker(getTranslation("group-link.last-day")));
    final Button create = new Button(getTranslation("group-link.create"));

    GroupLinkDialog(RosterService roster, AthleteGroup group, Runnable done) {
        setHeaderTitle(getTranslation("group-link.title", group.name()));
        maxUses.setMin(1);
        maxUses.setMax(RosterService.MAX_GROUP_LINK_USES);
        maxUses.setHelperText(getTranslation("group-link.max-uses-helper"));
        maxUses.setManualValidation(true);
        lastDay.setHelperText(getTranslation("group-link.last-day-helper"));
        lastDay.setManualValidation(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            maxUses.setInvalid(false);
            lastDay.setInvalid(false);
            try {
                roster.createGroupLink(group.id(), maxUses.getValue(), lastDay.getValue());
                Notification.show(getTranslation("group-link.ready", group.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                done.run();
            } catch (GroupLinkRefusedException refused) {
                var field = refused.field() == GroupLinkRefusedException.Field.LAST_DAY ? lastDay : maxUses;
                field.setErrorMessage(refused.words().shown());
                field.setInvalid(true);
            }
        });
        var cancel = new Button(getTranslation("coach-dialog.cancel"), click -> close());
        add(new VerticalLayout(new Paragraph(getTranslation("group-link.explain", group.name())), maxUses, lastDay));
        getFooter().add(cancel, create);
    }
}
