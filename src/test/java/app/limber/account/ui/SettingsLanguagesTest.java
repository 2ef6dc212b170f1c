package app.limber.account.ui;

import app.limber.support.MailTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** Settings in Spanish and German: the time zone, the email settings, the person's data and deleting the account. */
class SettingsLanguagesTest extends MailTest {

    @Test
    void anAthletesSettingsInSpanish() {
        signInAsAthlete();
        speak(Locale.of("es"));
        UI.getCurrent().navigate(SettingsView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Ajustes");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Ajustes · Limber");
        SettingsView settings = _get(SettingsView.class);
        assertThat(settings.timeZone.getLabel()).isEqualTo("Zona horaria");
        assertThat(settings.save.getText()).isEqualTo("Guardar zona horaria");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Zona horaria", "Tus datos", "Eliminar cuenta");
        assertThat(_get(Anchor.class, spec -> spec.withId("limber-download-data")).getText()).isEqualTo("Descargar mis datos (ZIP)");

        _setValue(settings.timeZone, null);
        _click(settings.save);
        assertThat(settings.timeZone.getErrorMessage()).isEqualTo("Elige una zona horaria de la lista, por ejemplo Europe/Madrid.");

        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Recordatorios");
        Checkbox reminders = _get(Checkbox.class, spec -> spec.withLabel("Envíame un correo los días en que mi plan tiene una sesión"));
        TimePicker at = _get(TimePicker.class, spec -> spec.withLabel("A las"));
        assertThat(at.getLocale()).isEqualTo(Locale.of("es"));
        _setValue(reminders, true);
        _setValue(at, null);
        _click(_get(Button.class, spec -> spec.withText("Guardar recordatorios")));
        assertThat(at.getErrorMessage()).isEqualTo("Elige la hora del día a la que quieres el recordatorio, por ejemplo 07:00.");
        _setValue(at, LocalTime.of(7, 30));
        _click(_get(Button.class, spec -> spec.withText("Guardar recordatorios")));
        assertThat(getNotifications().getLast().getElement().getProperty("text", ""))
                .isEqualTo("Guardado: un recordatorio a las 7:30 los días planificados.");

        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Calendario suscrito");
        _click(_get(Button.class, spec -> spec.withText("Activar el calendario suscrito")));
        assertThat(getNotifications().getLast().getElement().getProperty("text", ""))
                .isEqualTo("Calendario suscrito activado. Copia su dirección o suscríbete.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Dirección del calendario")).isReadOnly()).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withText("Suscribirte en tu app de calendario")).getHref()).startsWith("webcal://");
        assertThat(settings.getElement().getTextRecursively()).contains("Cualquiera que tenga esta dirección")
                .doesNotContain("Calendar feed", "Anyone who has", "Reminders");
        _click(_get(Button.class, spec -> spec.withText("Renovar la dirección")));
        ConfirmDialog renew = _get(ConfirmDialog.class);
        assertThat(renew.getElement().getProperty("header")).isEqualTo("¿Renovar la dirección del calendario?");
        assertThat(renew.getElement().getProperty("confirmText")).isEqualTo("Renovar");
        assertThat(renew.getElement().getProperty("cancelText")).isEqualTo("Cancelar");
        renew.close();

        _click(_get(Button.class, spec -> spec.withId("limber-delete-account")));
        DeleteAccountDialog dialog = _get(DeleteAccountDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("¿Eliminar tu cuenta?");
        assertThat(dialog.email.getLabel()).isEqualTo("Escribe tu correo para confirmar");
        assertThat(dialog.cancel.getText()).isEqualTo("Cancelar");
        assertThat(_find(dialog, ListItem.class).stream().map(ListItem::getText)).contains("Tu calendario suscrito deja de funcionar.",
                "Sales de las listas y grupos de tus entrenadores, y ya no puedes abrir las rutinas que te asignaron.");
        _setValue(dialog.email, "someone-else@example.com");
        _click(dialog.delete);
        assertThat(dialog.email.getErrorMessage())
                .isEqualTo("Escribe exactamente el correo con el que inicias sesión para eliminar tu cuenta.");
    }

    @Test
    void aCoachsSettingsInGerman() {
        signInAsCoach();
        speak(Locale.GERMAN);
        UI.getCurrent().navigate(SettingsView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Einstellungen");
        SettingsView settings = _get(SettingsView.class);
        assertThat(settings.timeZone.getHelperText()).isEqualTo("Die Tage deines Plans zählen in dieser Zone. Eine Woche geht von Montag bis Sonntag.");
        assertThat(_get(Button.class, spec -> spec.withId("limber-delete-account")).getText()).isEqualTo("Mein Konto löschen…");
        assertThat(settings.getElement().getTextRecursively()).contains("Löscht dein Konto und alles darin.")
                .doesNotContain("Your data", "Delete account", "Time zone");

        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Wochenübersicht");
        @SuppressWarnings("unchecked")
        Select<DayOfWeek> day = _get(Select.class, spec -> spec.withLabel("Am"));
        assertThat(day.getItemLabelGenerator().apply(DayOfWeek.WEDNESDAY)).isEqualTo("Mittwoch");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Schick mir eine Wochenübersicht meiner Athleten")), true);
        _setValue(day, DayOfWeek.MONDAY);
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Um")), LocalTime.of(8, 0));
        _click(_get(Button.class, spec -> spec.withText("Übersicht speichern")));
        assertThat(getNotifications().getLast().getElement().getProperty("text", ""))
                .isEqualTo("Gespeichert: Deine Wochenübersicht kommt jeden Montag um 08:00.");

        _click(_get(Button.class, spec -> spec.withId("limber-delete-account")));
        DeleteAccountDialog dialog = _get(DeleteAccountDialog.class);
        assertThat(dialog.delete.getText()).isEqualTo("Mein Konto löschen");
        assertThat(_find(dialog, ListItem.class).stream().map(ListItem::getText))
                .contains("Deine Freigabelinks funktionieren sofort nicht mehr, deine Einladungslinks ebenso.");
    }

    @Test
    void theDeletedAccountsPageInGerman() {
        speak(Locale.GERMAN);
        UI.getCurrent().navigate(AccountDeletedView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Dein Konto ist gelöscht");
        assertThat(_get(Anchor.class, spec -> spec.withText("Ein neues Coach-Konto anlegen")).getHref()).isEqualTo("signup");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Konto gelöscht · Limber");
    }

    /** A browser session in this language; the page opens again in it. */
    static void speak(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
