package app.limber.mail.ui;

import app.limber.account.SignedInUser;
import app.limber.account.ui.SettingsExtension;
import app.limber.mail.EmailService;

import java.util.List;

/**
 * The email sections of the Settings page: reminders for athletes, the weekly digest for coaches;
 * none at all while email is off (no mail server configured).
 */
@org.springframework.stereotype.Component
class EmailSettingsSections implements SettingsExtension {

    private final EmailService email;

    EmailSettingsSections(EmailService email) {
        this.email = email;
    }

    @Override
    public List<com.vaadin.flow.component.Component> sections(SignedInUser me) {
        if (!email.available()) {
            return List.of();
        }
        return List.of(me.isAthlete() ? new ReminderSettings(email) : new DigestSettings(email));
    }
}
