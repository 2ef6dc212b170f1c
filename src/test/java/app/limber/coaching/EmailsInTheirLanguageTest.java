package app.limber.coaching;

import app.limber.account.AccountService;
import app.limber.account.Language;
import app.limber.account.SignUp;
import app.limber.account.ui.SettingsView;
import app.limber.mail.OutboxSender;
import app.limber.mail.ui.DigestSettingsAccess;
import app.limber.mail.ui.ReminderSettingsAccess;
import app.limber.routine.RoutineDetails;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.MailTest;
import com.vaadin.flow.component.UI;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every email in its recipient's language: the language their account chose (an invite to an
 * address with no account: the inviting coach's). A Spanish and a German reader each get the
 * invite, the reminder and the weekly digest, subject and body, text and HTML, in their language.
 */
class EmailsInTheirLanguageTest extends MailTest {

    @Autowired Reminders reminders;
    @Autowired WeeklyDigest digest;
    @Autowired OutboxSender sender;
    @Autowired RosterService roster;
    @Autowired AccountService accounts;

    private static final SignUp LUCIA = new SignUp("lucia@example.com", "Lucía Coach", "lucia-password-1");
    private static final SignUp JONAS = new SignUp("jonas@example.com", "Jonas Coach", "jonas-password-1");

    private void reads(Person person, Language language) {
        given.as(person.email(), () -> {
            accounts.rememberLanguage(language);
            return null;
        });
    }

    /** What arrived, by recipient. */
    private static List<MimeMessage> sent() {
        return received().stream().sorted(Comparator.comparing(EmailsInTheirLanguageTest::recipient)).toList();
    }

    private static String recipient(MimeMessage email) {
        try {
            return email.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anInviteToAnAddressWithNoAccountIsInTheInvitingCoachsLanguage() throws Exception {
        Person lucia = given.aCoach(LUCIA);
        reads(lucia, Language.SPANISH);
        Person jonas = given.aCoach(JONAS);
        reads(jonas, Language.GERMAN);
        given.as(lucia.email(), () -> roster.inviteByEmail("", "nuevo@example.com"));
        given.as(jonas.email(), () -> roster.inviteByEmail("", "neu@example.com"));
        assertThat(sender.sendDue()).isEqualTo(2);

        List<MimeMessage> emails = sent();
        MimeMessage german = emails.get(0);
        assertThat(recipient(german)).isEqualTo("neu@example.com");
        assertThat(german.getSubject()).isEqualTo("Jonas Coach lädt dich zu Limber ein");
        assertThat(parts(german).getFirst()).contains("Hier geht es los (der Link funktioniert 14 Tage lang, für eine Person):",
                "Wenn du das nicht erwartet hast", "Abmelden: " + PUBLIC_URL + "/unsubscribe/")
                .doesNotContain("invites you", "Unsubscribe", "If you did not expect");
        assertThat(parts(german).get(1)).contains("<html lang=\"de\">", "Bei Jonas Coach mitmachen", ">Abmelden</a>")
                .doesNotContain("Join ", ">Unsubscribe<");

        MimeMessage spanish = emails.get(1);
        assertThat(recipient(spanish)).isEqualTo("nuevo@example.com");
        assertThat(spanish.getSubject()).isEqualTo("Lucía Coach te invita a Limber");
        assertThat(parts(spanish).getFirst()).contains("te invita a seguir sus rutinas de estiramientos en Limber",
                "Únete aquí", "Recibes este correo porque Lucía Coach escribió tu dirección", "Darte de baja: ")
                .doesNotContain("invites you", "Unsubscribe");
        assertThat(parts(spanish).get(1)).contains("<html lang=\"es\">", "Únete a Lucía Coach", ">Darme de baja</a>");

        // an address whose account chose German gets the Spanish coach's invite in German
        Person ben = given.anAthleteOf(jonas, Fixtures.BEN);
        reads(ben, Language.GERMAN);
        SMTP.purgeEmailFromAllMailboxes();
        given.as(lucia.email(), () -> roster.inviteByEmail("", ben.email()));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(received().getFirst().getSubject()).isEqualTo("Lucía Coach lädt dich zu Limber ein");
    }

    @Test
    void aRemindersDayAndWordsAreInTheAthletesLanguage() throws Exception {
        Person coach = given.aCoach();
        Person ana = given.anAthleteOf(coach, Fixtures.ANA);
        Person ben = given.anAthleteOf(coach, Fixtures.BEN);
        reads(ana, Language.SPANISH);
        reads(ben, Language.GERMAN);
        RoutineDetails routine = given.aPublishedRoutine(coach);
        for (Person athlete : List.of(ana, ben)) {
            given.livesIn(athlete, "Europe/Madrid");
            given.give(coach, routine, Plan.onDays(List.of(DayOfWeek.FRIDAY), LocalDate.of(2026, 11, 23), null), athlete);
            signInAs(athlete.email());
            UI.getCurrent().navigate(SettingsView.class);
            ReminderSettingsAccess.turnOn(LocalTime.of(7, 0));
            signOut();
        }

        // Friday 26 March 2027, 07:00 in Madrid
        clock.setInstant(Instant.parse("2027-03-26T06:00:00Z"));
        assertThat(reminders.writeDue()).isEqualTo(2);
        sender.sendDue();
        List<MimeMessage> emails = sent();
        assertThat(emails).hasSize(2);

        MimeMessage spanish = emails.get(0);
        assertThat(recipient(spanish)).isEqualTo(ana.email());
        assertThat(spanish.getSubject()).isEqualTo("Hoy: " + routine.title());
        assertThat(parts(spanish).getFirst()).contains("Hola, Ana Athlete:", "Para hoy, viernes, 26 de marzo:",
                "0 de 1 esta semana", "Empieza desde Hoy: " + PUBLIC_URL + "/my-routines",
                "activaste los recordatorios", "Darte de baja: ")
                .doesNotContain("Hello", "Due today", "Friday", "this week", "Unsubscribe");
        assertThat(parts(spanish).get(1)).contains("<html lang=\"es\">", "Abrir Hoy en Limber").doesNotContain("Open Today");

        // the reminder's unsubscribe page, opened by a Spanish browser, asks in Spanish and answers in Spanish
        String header = spanish.getHeader("List-Unsubscribe")[0];
        java.net.URI unsubscribe = java.net.URI.create("http://localhost:" + port
                + java.net.URI.create(header.substring(1, header.length() - 1)).getPath());
        var http = java.net.http.HttpClient.newHttpClient();
        var page = http.send(java.net.http.HttpRequest.newBuilder(unsubscribe).header("Accept-Language", "es").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("<html lang=\"es\">", "¿Darte de baja de los recordatorios de tus sesiones planificadas?",
                "Puedes volver a activarlos en tus ajustes.", ">Darme de baja</button>").doesNotContain(">Unsubscribe<", "Unsubscribe from", "Limber will stop");
        var done = http.send(java.net.http.HttpRequest.newBuilder(unsubscribe).header("Accept-Language", "de")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(done.body()).contains("Du bist abgemeldet", "keine Erinnerungen an deine geplanten Einheiten mehr")
                .doesNotContain("You are unsubscribed");

        MimeMessage german = emails.get(1);
        assertThat(recipient(german)).isEqualTo(ben.email());
        assertThat(german.getSubject()).isEqualTo("Heute: " + routine.title());
        assertThat(parts(german).getFirst()).contains("Hallo Ben Athlete,", "Heute fällig, Freitag, 26. März:",
                "0 von 1 diese Woche", "Starte über Heute: ", "Erinnerungen eingeschaltet", "Abmelden: ")
                .doesNotContain("Hello", "Due today", "Friday", "this week", "Unsubscribe");
        assertThat(parts(german).get(1)).contains("<html lang=\"de\">", "Heute in Limber öffnen");
    }

    @Test
    void theWeeklyDigestIsInTheCoachsLanguage() throws Exception {
        Person lucia = given.aCoach(LUCIA);
        Person jonas = given.aCoach(JONAS);
        reads(lucia, Language.SPANISH);
        reads(jonas, Language.GERMAN);
        for (Person coach : List.of(lucia, jonas)) {
            given.livesIn(coach, "Europe/Madrid");
            signInAs(coach.email());
            UI.getCurrent().navigate(SettingsView.class);
            DigestSettingsAccess.turnOn(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0));
            signOut();
        }
        Person ana = given.anAthleteOf(lucia, Fixtures.ANA);
        given.give(lucia, given.aPublishedRoutine(lucia), Plan.timesAWeek(3, LocalDate.of(2026, 11, 23), null), ana);

        // Wednesday 2 December 2026, 09:00 in Madrid
        clock.setInstant(Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(digest.writeDue()).isEqualTo(2);
        sender.sendDue();
        List<MimeMessage> emails = sent();
        assertThat(emails).hasSize(2);

        MimeMessage german = emails.get(0);
        assertThat(recipient(german)).isEqualTo(jonas.email());
        assertThat(german.getSubject()).isEqualTo("Die Woche deiner Athleten (ab 30. November)");
        assertThat(parts(german).getFirst()).contains("Hallo Jonas Coach,", "Die Woche deiner Athleten:",
                "- Du hast noch keine Athleten in deiner Liste.", "Braucht Aufmerksamkeit:\n- Diese Woche nichts.",
                "Alles auf deiner Startseite: " + PUBLIC_URL + "/", "Abmelden: ")
                .doesNotContain("Hello", "athletes", "Needs attention", "Unsubscribe");
        assertThat(parts(german).get(1)).contains("<html lang=\"de\">", "Limber öffnen", ">Abmelden</a>");

        MimeMessage spanish = emails.get(1);
        assertThat(recipient(spanish)).isEqualTo(lucia.email());
        assertThat(spanish.getSubject()).isEqualTo("La semana de tus atletas (desde el 30 de noviembre)");
        assertThat(parts(spanish).getFirst()).contains("Hola, Lucía Coach:", "La semana de tus atletas:",
                "- Ana Athlete: 0 de 3 esta semana", "Necesita atención:", "Míralo todo en tu página de inicio: ")
                .doesNotContain("Hello", "this week", "Needs attention", "Unsubscribe");
        assertThat(parts(spanish).get(1)).contains("<html lang=\"es\">", "Abrir Limber").doesNotContain("Open Limber");
    }
}
