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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** A coach's weekly digest: on or off, the day and the time of day, in their time zone. */
public class DigestSettings extends Div {

    final Checkbox on = new Checkbox(getTranslation("digest-settings.on"));
    final Select<DayOfWeek> day = new Select<>();
    final TimePicker time = new TimePicker(getTranslation("digest-settings.time"));
    final Button save = new Button(getTranslation("digest-settings.save"));

    DigestSettings(EmailService email) {
        addClassName("limber-settings-section");
        EmailSettings settings = email.mySettings();
        on.setValue(settings.digest());
        day.setLabel(getTranslation("digest-settings.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(weekday -> capitalized(weekday.getDisplayName(TextStyle.FULL, getLocale()), getLocale()));
        day.setValue(settings.digestDay());
        time.setLocale(getLocale());
        time.setStep(Duration.ofMinutes(15));
        time.setValue(settings.digestTime());
        time.setHelperText(getTranslation("digest-settings.time.helper"));
        time.setManualValidation(true);
        time.addValueChangeListener(change -> time.setInvalid(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                EmailSettings saved = email.changeDigest(on.getValue(), day.getValue(), time.getValue());
                Notification.show(saved.digest()
                        ? getTranslation("digest-settings.saved", saved.digestDay().getDisplayName(TextStyle.FULL, getLocale()),
                                timeOfDay(saved.digestTime(), getLocale()))
                        : getTranslation("digest-settings.saved-off")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (EmailSettingsRefusedException refused) {
                time.setErrorMessage(refused.words().shown());
                time.setInvalid(true);
            }
        });
        add(new H2(getTranslation("digest-settings.heading")), new Paragraph(getTranslation("digest-settings.intro")),
                on, day, time, save);
    }

    /** "8:00 AM", "08:00": a time of day as the reader's language writes it. */
    static String timeOfDay(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** "Lunes" for a list's item ("lunes" in a sentence). */
    private static String capitalized(String word, Locale locale) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(locale) + word.substring(1);
    }
}
