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

/**
 * Coaches' weekly digest: a coach who turned it on gets one email a week, on the day and at the
 * time they chose in their time zone, with each athlete's week against their plan and what needs
 * attention: the coach home's own figures and items, read through {@link CoachHomeService#home()}
 * as the coach. The week is noted with the email in one transaction, so none goes twice; a digest
 * more than {@link #LATE_BY_AT_MOST} late is skipped that week.
 */
@Component
public class WeeklyDigest {

    static final Duration LATE_BY_AT_MOST = Duration.ofHours(1);

    private final EmailPreferences preferences;
    private final Outbox outbox;
    private final MailAvailability mail;
    private final ActingFor actingFor;
    private final CoachHomeService coachHome;
    private final Clock clock;

    WeeklyDigest(EmailPreferences preferences, Outbox outbox, MailAvailability mail, ActingFor actingFor,
                 CoachHomeService coachHome, Clock clock) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.mail = mail;
        this.actingFor = actingFor;
        this.coachHome = coachHome;
        this.clock = clock;
    }

    /** Writes the digests due now to the outbox. @return how many */
    @Scheduled(fixedDelayString = "${limber.mail.plan-every}", initialDelayString = "${limber.mail.first-send-after}")
    public int writeDue() {
        if (!mail.configured()) {
            return 0;
        }
        Instant now = clock.instant();
        int written = 0;
        for (EmailPreferences.DigestSubscriber subscriber : preferences.digestSubscribers()) {
            // every minute: only those whose day and time have come get a transaction as them
            LocalDate day = LocalDate.ofInstant(now, subscriber.zone());
            Instant at = ZonedDateTime.of(day, subscriber.at(), subscriber.zone()).toInstant();
            if (day.getDayOfWeek() != subscriber.day() || now.isBefore(at) || !now.isBefore(at.plus(LATE_BY_AT_MOST))) {
                continue;
            }
            LocalDate weekStart = Plan.weekOf(day);
            written += actingFor.run(subscriber.coachId(), coach -> {
                if (!preferences.markDigestSent(coach.id(), weekStart)) {
                    return 0;
                }
                CoachHome home = coachHome.home();
                String link = mail.base() + "/";
                return outbox.toAccount(EmailKind.DIGEST, coach.id(), coach.email(),
                        unsubscribe -> DigestEmail.of(coach.name(), weekStart, home, link, unsubscribe, coach.language())) ? 1 : 0;
            }).orElse(0);
        }
        return written;
    }
}
