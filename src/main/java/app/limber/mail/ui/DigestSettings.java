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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.Locale;

/** A coach's weekly digest: on or off, the day and the time of day, in their time zone. */
public class DigestSettings extends Div {

    final Checkbox on = new Checkbox("Email me a weekly digest of my athletes");
    final Select<DayOfWeek> day = new Select<>();
    final TimePicker time = new TimePicker("At");
    final Button save = new Button("Save digest");

    DigestSettings(EmailService email) {
        addClassName("limber-settings-section");
        EmailSettings settings = email.mySettings();
        on.setValue(settings.digest());
        day.setLabel("On");
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(weekday -> weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        day.setValue(settings.digestDay());
        time.setStep(Duration.ofMinutes(15));
        time.setValue(settings.digestTime());
        time.setHelperText("In your time zone above.");
        time.setManualValidation(true);
        time.addValueChangeListener(change -> time.setInvalid(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                EmailSettings saved = email.changeDigest(on.getValue(), day.getValue(), time.getValue());
                Notification.show(saved.digest() ? "Saved: your digest comes on "
                        + saved.digestDay().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s at " + saved.digestTime() + "."
                        : "Saved: no digest.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException refused) {
                time.setErrorMessage(refused.getMessage());
                time.setInvalid(true);
            }
        });
        add(new H2("Weekly digest"), new Paragraph("Each athlete's week against their plan, and what needs your attention."),
                on, day, time, save);
    }
}
