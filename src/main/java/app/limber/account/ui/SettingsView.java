package app.limber.account.ui;

import app.limber.account.AccountService;
import app.limber.account.SignedInUser;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;

/**
 * Settings of the signed-in person. The athlete's time zone (taken from their browser on first
 * sign-in; they change it here, e.g. before a trip); the sections other features add
 * ({@link SettingsExtension}: the athlete's calendar feed, …); and for everyone their data
 * ({@link AccountDataSection}: download everything, delete the account).
 */
@Route("settings")
@PageTitle("Settings · Limber")
@Menu(order = 8, title = "Settings", icon = "vaadin:cog")
@PermitAll
public class SettingsView extends Div {

    final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    final Button save = new Button("Save time zone");

    public SettingsView(AccountService accounts, List<SettingsExtension> extensions, AccountDataSection accountData) {
        addClassNames("limber-page", "limber-settings");
        add(new H1("Settings"));
        SignedInUser me = accounts.currentUser().orElseThrow(() -> new IllegalStateException("No one is signed in"));
        if (me.isAthlete()) {
            add(timeZoneSection(accounts));
        }
        extensions.stream().sorted(Comparator.comparingInt(SettingsExtension::order))
                .flatMap(extension -> extension.section(me).stream())
                .forEach(this::add);
        add(accountData.sections(me));
    }

    private Div timeZoneSection(AccountService accounts) {
        timeZone.setItems(TimeZones.ALL);
        timeZone.setValue(accounts.myTimeZone().getId());
        timeZone.setWidth("20rem");
        timeZone.setHelperText("Your plan's days count in this zone. A week runs Monday to Sunday.");
        timeZone.setManualValidation(true);
        timeZone.addValueChangeListener(change -> timeZone.setInvalid(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                accounts.changeTimeZone(timeZone.getValue());
                Notification.show("Saved: your days now count in " + timeZone.getValue() + ".")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException refused) {
                timeZone.setErrorMessage(refused.getMessage());
                timeZone.setInvalid(true);
            }
        });
        var section = new Div(new H2("Time zone"),
                new Paragraph("Limber took it from your browser when you first signed in. Change it when you travel."),
                timeZone, save);
        section.addClassName("limber-settings-section");
        return section;
    }
}
