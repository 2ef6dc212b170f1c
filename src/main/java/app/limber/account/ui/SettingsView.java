package app.limber.account.ui;

import app.limber.account.AccountRefusedException;
import app.limber.account.AccountService;
import app.limber.account.Role;
import app.limber.account.TimeZones;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A person's settings: the time zone their days and weeks are counted in (taken from their
 * browser on first sign-in; they change it here, e.g. before a trip), and what other features add
 * ({@link SettingsExtension}: email reminders for athletes, the weekly digest for coaches, the
 * athlete's calendar feed), and last their data ({@link AccountDataSection}: download it, delete the account).
 */
@Route("settings")
@Menu(order = 8, title = "Settings", icon = "vaadin:cog")
@RolesAllowed({Role.ATHLETE_NAME, Role.COACH_NAME})
public class SettingsView extends Div implements HasDynamicTitle {

    final ComboBox<String> timeZone = new ComboBox<>(getTranslation("settings.time-zone"));
    final Button save = new Button(getTranslation("settings.save-time-zone"));

    public SettingsView(AccountService accounts, java.util.List<SettingsExtension> extensions, AccountDataSection accountData) {
        addClassNames("limber-page", "limber-settings");
        timeZone.setItems(TimeZones.ALL);
        timeZone.setValue(accounts.myTimeZone().getId());
        timeZone.setWidth("20rem");
        timeZone.setHelperText(getTranslation("settings.time-zone.helper"));
        timeZone.setManualValidation(true);
        timeZone.addValueChangeListener(change -> timeZone.setInvalid(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                accounts.changeTimeZone(timeZone.getValue());
                Notification.show(getTranslation("settings.time-zone.saved", timeZone.getValue()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (AccountRefusedException refused) {
                timeZone.setErrorMessage(getTranslation(refused.words().key(), refused.words().arguments()));
                timeZone.setInvalid(true);
            }
        });
        var section = new Div(new H2(getTranslation("settings.time-zone.heading")),
                new Paragraph(getTranslation("settings.time-zone.intro")),
                timeZone, save);
        section.addClassName("limber-settings-section");
        add(new H1(getTranslation("settings.heading")), section);
        accounts.currentUser().ifPresent(me -> extensions.forEach(extension -> extension.sections(me).forEach(this::add)));
        // last, for everyone: download everything, delete the account
        accounts.currentUser().ifPresent(me -> add(accountData.sections(me)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.page-title");
    }
}
