package app.limber.coaching;

import app.limber.account.ActingFor;
import app.limber.mail.EmailKind;
import app.limber.mail.EmailPreferences;
import app.limber.mail.MailAvailability;
import app.limber.mail.Outbox;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Athletes' reminders: an athlete who turned them on gets one email on each planned day at the
 * time they chose, in their time zone, listing what is due today (what their Today shows as due,
 * read through {@link AssignmentService#myHome()} as them). None on a day with nothing due
 * (unplanned, done already, the plan ended, the routine taken back), none twice: the day is noted
 * with the email, in one transaction, so a second node or run finds it noted. A reminder more than
 * {@link #LATE_BY_AT_MOST} late (the app was down) is skipped for that day.
 */
@Component
public class Reminders {

    static final Duration LATE_BY_AT_MOST = Duration.ofHours(1);

    private final EmailPreferences preferences;
    private final Outbox outbox;
    private final MailAvailability mail;
    private final ActingFor actingFor;
    private final AssignmentService assignments;
    private final Clock clock;

    Reminders(EmailPreferences preferences, Outbox outbox, MailAvailability mail, ActingFor actingFor,
              AssignmentService assignments, Clock clock) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.mail = mail;
        this.actingFor = actingFor;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** Writes the reminders due now to the outbox. @return how many */
    @Scheduled(fixedDelayString = "${limber.mail.plan-every}", initialDelayString = "${limber.mail.first-send-after}")
    public int writeDue() {
        if (!mail.configured()) {
            return 0;
        }
        Instant now = clock.instant();
        int written = 0;
        for (EmailPreferences.ReminderSubscriber subscriber : preferences.reminderSubscribers()) {
            // every minute: only those whose time has come get a transaction as them
            LocalDate day = LocalDate.ofInstant(now, subscriber.zone());
            Instant at = ZonedDateTime.of(day, subscriber.at(), subscriber.zone()).toInstant();
            if (now.isBefore(at) || !now.isBefore(at.plus(LATE_BY_AT_MOST))) {
                continue;
            }
            written += actingFor.run(subscriber.athleteId(), athlete -> {
                if (!preferences.markReminderSent(athlete.id(), day)) {
                    return 0;
                }
                List<Today.Entry> due = assignments.myHome().today().planned().stream()
                        .filter(entry -> entry.state() == Today.State.DUE).toList();
                if (due.isEmpty()) {
                    return 0;
                }
                String today = mail.base() + "/my-routines";
                return outbox.toAccount(EmailKind.REMINDER, athlete.id(), athlete.email(),
                        unsubscribe -> ReminderEmail.of(athlete.name(), day, due, today, unsubscribe, athlete.language())) ? 1 : 0;
            }).orElse(0);
        }
        return written;
    }
}
