package app.limber.mail;

import app.limber.account.AccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A person's email settings (reminders for athletes, the weekly digest for coaches), and the
 * unsubscribe links every email carries, which work without signing in.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EmailService {

    /** What an unsubscribe link is for, as its page says it. */
    public record Unsubscription(EmailKind kind, boolean done) {
    }

    private final MailAvailability availability;
    private final EmailPreferences preferences;
    private final Unsubscribes unsubscribes;
    private final AccountService accounts;
    private final Clock clock;

    EmailService(MailAvailability availability, EmailPreferences preferences, Unsubscribes unsubscribes,
                 AccountService accounts, Clock clock) {
        this.availability = availability;
        this.preferences = preferences;
        this.unsubscribes = unsubscribes;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether email is on (a mail server is configured): without it, no email control is shown. */
    @PreAuthorize("permitAll()")
    public boolean available() {
        return availability.configured();
    }

    @Transactional(readOnly = true)
    public EmailSettings mySettings() {
        return preferences.of(me());
    }

    /**
     * The signed-in athlete turns reminders on or off, at a time of day in their time zone.
     *
     * @throws EmailSettingsRefusedException when reminders are turned on without a time; nothing changes
     */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional
    public EmailSettings changeReminders(boolean on, LocalTime at) {
        if (on && at == null) {
            throw new EmailSettingsRefusedException(app.limber.base.Words.of("reminder-settings.error.no-time"));
        }
        long me = me();
        EmailSettings now = preferences.of(me);
        EmailSettings changed = new EmailSettings(on, at == null ? now.reminderTime() : at.withSecond(0).withNano(0),
                now.digest(), now.digestDay(), now.digestTime());
        preferences.save(me, changed);
        if (on) {
            unsubscribes.resubscribe(EmailKind.REMINDER, me);
        }
        return changed;
    }

    /**
     * The signed-in coach turns the weekly digest on or off, on a day of the week at a time, in their time zone.
     *
     * @throws EmailSettingsRefusedException when it is turned on without a day or a time; nothing changes
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public EmailSettings changeDigest(boolean on, DayOfWeek day, LocalTime at) {
        if (on && (day == null || at == null)) {
            throw new EmailSettingsRefusedException(app.limber.base.Words.of("digest-settings.error.no-day-or-time"));
        }
        long me = me();
        EmailSettings now = preferences.of(me);
        EmailSettings changed = new EmailSettings(now.reminders(), now.reminderTime(), on,
                day == null ? now.digestDay() : day, at == null ? now.digestTime() : at.withSecond(0).withNano(0));
        preferences.save(me, changed);
        if (on) {
            unsubscribes.resubscribe(EmailKind.DIGEST, me);
        }
        return changed;
    }

    /** For the unsubscribe page: what the link stops, and whether it has already; empty for a wrong token. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Unsubscription> unsubscription(String token) {
        return unsubscribes.find(token).map(target -> new Unsubscription(target.kind(), target.unsubscribedAt() != null));
    }

    /**
     * Unsubscribes at once (the one-click POST, or the page's button): reminders or the digest are
     * turned off for the account; an invite's link blocks further invites to the address.
     *
     * @return what was stopped; empty for a wrong token
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<Unsubscription> unsubscribe(String token) {
        return unsubscribes.find(token).map(target -> {
            if (target.userId() != null) {
                preferences.turnOff(target.userId(), target.kind());
            }
            unsubscribes.markUnsubscribed(target.token(), clock.instant());
            return new Unsubscription(target.kind(), true);
        });
    }

    private long me() {
        return accounts.currentUserId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
