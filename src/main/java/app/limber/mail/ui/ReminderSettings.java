package app.limber.mail.ui;

import app.limber.mail.EmailService;
import app.limber.mail.EmailSettings;
import app.limber.mail.EmailSettingsRefusedException;
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

    final Checkbox on = new Checkbox(getTranslation("reminder-settings.on"));
    final TimePicker time = new TimePicker(getTranslation("reminder-settings.time"));
    final Button save = new Button(getTranslation("reminder-settings.save"));

    ReminderSettings(EmailService email) {
        addClassName("limber-settings-section");
        EmailSettings settings = email.mySettings();
        on.setValue(settings.reminders());
        time.setLocale(getLocale());
        time.setStep(Duration.ofMinutes(15));
        time.setValue(settings.reminderTime());
        time.setHelperText(getTranslation("reminder-settings.time.helper"));
        time.setManualValidation(true);
        time.addValueChangeListener(change -> time.setInvalid(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                EmailSettings saved = email.changeReminders(on.getValue(), time.getValue());
                Notification.show(saved.reminders()
                        ? getTranslation("reminder-settings.saved", DigestSettings.timeOfDay(saved.reminderTime(), getLocale()))
                        : getTranslation("reminder-settings.saved-off")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (EmailSettingsRefusedException refused) {
                time.setErrorMessage(refused.words().shown());
                time.setInvalid(true);
            }
        });
        add(new H2(getTranslation("reminder-settings.heading")), new Paragraph(getTranslation("reminder-settings.intro")),
                on, time, save);
    }
}
