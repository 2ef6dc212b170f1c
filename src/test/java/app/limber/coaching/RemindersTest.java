package app.limber.coaching;

import app.limber.account.ui.SettingsView;
import app.limber.mail.OutboxSender;
import app.limber.mail.ui.ReminderSettingsAccess;
import app.limber.routine.RoutineDetails;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders on a controlled clock, with GreenMail: an athlete in Madrid who asked for one at
 * 07:00 gets it at 07:00 their time on planned days only, before and after summer time begins
 * (28 March 2027), once a day, and none once the plan ended or the routine was taken back.
 */
class RemindersTest extends MailTest {

    @Autowired
    Reminders reminders;

    @Autowired
    OutboxSender sender;

    @Autowired
    AssignmentService assignments;

    private Person coach;
    private Person ana;
    private RoutineDetails routine;

    private void anaWantsRemindersAtSeven(Plan plan) {
        coach = given.aCoach();
        ana = given.anAthleteOf(coach);
        given.livesIn(ana, "Europe/Madrid");
        routine = given.aPublishedRoutine(coach);
        given.give(coach, routine, plan, ana);
        // Ana turns them on in her settings
        signInAs(ana.email());
        UI.getCurrent().navigate(SettingsView.class);
        ReminderSettingsAccess.turnOn(LocalTime.of(7, 0));
        signOut();
    }

    /** Moves the clock, runs the job and the outbox: the reminders that arrived. */
    private List<MimeMessage> at(String instant) throws Exception {
        clock.setInstant(Instant.parse(instant));
        reminders.writeDue();
        sender.sendDue();
        List<MimeMessage> all = received();
        SMTP.purgeEmailFromAllMailboxes();
        return all;
    }

    @Test
    void aMinuteWithNoReminderDueCostsOneQueryHoweverManyAskedForThem() {
        anaWantsRemindersAtSeven(Plan.onDays(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalDate.of(2026, 11, 23), null));
        // the job runs every minute on every node: at 09:00 in Madrid nobody's 07:00 has come, so it only reads the list
        clock.setInstant(Instant.parse("2027-03-26T08:00:00Z"));
        int queries = app.limber.support.QueryCounter.count(() -> assertThat(reminders.writeDue()).isZero());
        assertThat(queries).as("the subscribers with their zones, and no transaction as anyone").isEqualTo(1);
    }

    @Test
    void atSevenLocalOnPlannedDaysAcrossTheStartOfSummerTimeAndOnlyOnce() throws Exception {
        anaWantsRemindersAtSeven(Plan.onDays(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalDate.of(2026, 11, 23), null));

        // Friday 26 March 2027, CET (UTC+1): 07:00 in Madrid is 06:00 UTC
        assertThat(at("2027-03-26T05:59:00Z")).isEmpty();
        List<MimeMessage> friday = at("2027-03-26T06:00:00Z");
        assertThat(friday).hasSize(1);
        MimeMessage reminder = friday.getFirst();
        assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo(ana.email());
        assertThat(reminder.getSubject()).isEqualTo("Today: " + routine.title());
        String text = parts(reminder).getFirst();
        assertThat(text).contains("Friday 26 March").contains(routine.title()).contains(PUBLIC_URL + "/my-routines");
        assertThat(reminder.getHeader("List-Unsubscribe")[0]).startsWith("<" + PUBLIC_URL + "/unsubscribe/");
        assertThat(reminder.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(at("2027-03-26T06:01:00Z")).as("not twice").isEmpty();
        assertThat(at("2027-03-26T06:40:00Z")).as("not twice").isEmpty();

        // Saturday and Sunday are not planned
        assertThat(at("2027-03-27T06:00:00Z")).isEmpty();
        assertThat(at("2027-03-28T05:00:00Z")).isEmpty();

        // Monday 29 March, CEST (UTC+2): 07:00 in Madrid is now 05:00 UTC
        assertThat(at("2027-03-29T04:59:00Z")).isEmpty();
        assertThat(at("2027-03-29T05:00:00Z")).hasSize(1);
        assertThat(at("2027-03-29T06:00:00Z")).isEmpty();
    }

    @Test
    void noneOnADayItWasDoneAlreadyNorWhenTheRoutineWasTakenBack() throws Exception {
        anaWantsRemindersAtSeven(Plan.onDays(List.of(DayOfWeek.values()), LocalDate.of(2026, 11, 23), null));
        // Wednesday 25 November 2026, 07:00 CET
        assertThat(at("2026-11-25T06:00:00Z")).hasSize(1);
        given.as(coach.email(), () -> {
            assignments.unassign(routine.id(), ana.id());
            return null;
        });
        assertThat(at("2026-11-26T06:00:00Z")).isEmpty();
    }

    @Test
    void noneAfterThePlanEnded() throws Exception {
        anaWantsRemindersAtSeven(Plan.onDays(List.of(DayOfWeek.values()), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25)));
        assertThat(at("2026-11-25T06:00:00Z")).hasSize(1);
        assertThat(at("2026-11-26T06:00:00Z")).isEmpty();
    }

    @Test
    void noneWhenTurnedOffOrUnsubscribed() throws Exception {
        anaWantsRemindersAtSeven(Plan.onDays(List.of(DayOfWeek.values()), LocalDate.of(2026, 11, 23), null));
        List<MimeMessage> first = at("2026-11-25T06:00:00Z");
        String unsubscribe = first.getFirst().getHeader("List-Unsubscribe")[0];
        String path = java.net.URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)).getPath();
        var oneClick = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(at("2026-11-26T06:00:00Z")).isEmpty();
        // her settings say so, and turning them on again brings them back
        signInAs(ana.email());
        UI.getCurrent().navigate(app.limber.coaching.ui.MyRoutinesView.class);
        UI.getCurrent().navigate(SettingsView.class);
        assertThat(ReminderSettingsAccess.isOn()).isFalse();
        ReminderSettingsAccess.turnOn(LocalTime.of(7, 0));
        signOut();
        assertThat(at("2026-11-27T06:00:00Z")).hasSize(1);
    }
}
