package app.limber.mail.ui;

import app.limber.mail.EmailService;
import app.limber.mail.EmailSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.Duration;

/** An athlete's reminders: on or off, and the time of day, in their time zone. */
public class ReminderSettings extends Div {

    final Checkbox on = new Checkbox("Email me on days my plan has a session");
    final TimePicker time = new TimePicker("At");
    final Button save = new Button("Save reminders");

    ReminderSettings(EmailService email) {
        addClassName("limber-settings-section");
        EmailSettings settings = email.mySettings();
        on.setValue(settings.reminders());
        time.setStep(Duration.ofMinutes(15));
        time.setValue(settings.reminderTime());
        time.setHelperText("In your time zone above. One email, only on days something is due.");
        time.setManualValidation(true);
        time.addValueChangeListener(change -> time.setInvalid(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                EmailSettings saved = email.changeReminders(on.getValue(), time.getValue());
                Notification.show(saved.reminders() ? "Saved: a reminder at " + saved.reminderTime() + " on planned days."
                        : "Saved: no reminders.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException refused) {
                time.setErrorMessage(refused.getMessage());
                time.setInvalid(true);
            }
        });
        add(new H2("Reminders"), new Paragraph("An email on the days your plan asks for a session, listing what is due."),
                on, time, save);
    }
}
