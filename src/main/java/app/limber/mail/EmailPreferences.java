package app.limber.mail;

import app.limber.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Who asked for which email (table {@code email_settings}) and what was already sent (one reminder
 * per athlete and day, one digest per coach and week), for the jobs that write reminders and
 * digests; people change their own settings through {@link EmailService}.
 */
@Component
public class EmailPreferences {

    /** An athlete who wants reminders at this local time. */
    public record ReminderSubscriber(long athleteId, LocalTime at, java.time.ZoneId zone) {
    }

    /** A coach who wants the weekly digest on this day at this local time. */
    public record DigestSubscriber(long coachId, DayOfWeek day, LocalTime at, java.time.ZoneId zone) {
    }

    private final JdbcClient jdbc;

    EmailPreferences(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<ReminderSubscriber> reminderSubscribers() {
        // with each person's zone, so the job passes over those not due without a transaction as them
        return jdbc.sql("select s.user_id, s.reminder_time, u.time_zone from email_settings s join user_account u on u.id = s.user_id"
                        + " where s.reminders")
                .query((row, index) -> new ReminderSubscriber(row.getLong(1), row.getObject(2, LocalTime.class), zone(row.getString(3))))
                .list();
    }

    public List<DigestSubscriber> digestSubscribers() {
        return jdbc.sql("select s.user_id, s.digest_day, s.digest_time, u.time_zone from email_settings s"
                        + " join user_account u on u.id = s.user_id where s.digest")
                .query((row, index) -> new DigestSubscriber(row.getLong(1), DayOfWeek.of(row.getInt(2)),
                        row.getObject(3, LocalTime.class), zone(row.getString(4)))).list();
    }

    /** A stored zone name as ActingFor reads it: UTC while no browser has told one. */
    private static java.time.ZoneId zone(String name) {
        return app.limber.account.TimeZones.parse(name).orElse(java.time.ZoneOffset.UTC);
    }

    /** Notes the athlete's reminder of that day, in the caller's transaction. @return false when it was noted already */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markReminderSent(long athleteId, LocalDate day) {
        return jdbc.sql("insert into reminder_sent (athlete_id, day) values (:athlete, :day) on conflict do nothing")
                .param("athlete", athleteId).param("day", day).update() == 1;
    }

    /** Notes the coach's digest of the week starting that Monday. @return false when it was noted already */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markDigestSent(long coachId, LocalDate weekStart) {
        return jdbc.sql("insert into digest_sent (coach_id, week_start) values (:coach, :week) on conflict do nothing")
                .param("coach", coachId).param("week", weekStart).update() == 1;
    }

    EmailSettings of(long userId) {
        return jdbc.sql("select reminders, reminder_time, digest, digest_day, digest_time from email_settings where user_id = :user")
                .param("user", userId)
                .query((row, index) -> new EmailSettings(row.getBoolean(1), row.getObject(2, LocalTime.class),
                        row.getBoolean(3), DayOfWeek.of(row.getInt(4)), row.getObject(5, LocalTime.class)))
                .optional().orElse(EmailSettings.NONE);
    }

    void save(long userId, EmailSettings settings) {
        jdbc.sql("""
                        insert into email_settings (user_id, reminders, reminder_time, digest, digest_day, digest_time)
                        values (:user, :reminders, :reminderTime, :digest, :digestDay, :digestTime)
                        on conflict (user_id) do update set reminders = excluded.reminders, reminder_time = excluded.reminder_time,
                            digest = excluded.digest, digest_day = excluded.digest_day, digest_time = excluded.digest_time""")
                .param("user", userId).param("reminders", settings.reminders()).param("reminderTime", settings.reminderTime())
                .param("digest", settings.digest()).param("digestDay", settings.digestDay().getValue())
                .param("digestTime", settings.digestTime()).update();
    }

    void turnOff(long userId, EmailKind kind) {
        String column = switch (kind) {
            case REMINDER -> "reminders";
            case DIGEST -> "digest";
            case INVITE -> null;
        };
        if (column != null) {
            jdbc.sql("update email_settings set " + column + " = false where user_id = :user").param("user", userId).update();
        }
    }

    /** The account's email settings and unsent emails go with it, in the deletion's transaction. */
    @EventListener
    void on(AccountDeleted deleted) {
        long id = deleted.accountId();
        jdbc.sql("delete from outbox_email where user_id = :id or (recipient = :email and sent_at is null)")
                .param("id", id).param("email", Optional.ofNullable(deleted.email()).orElse("")).update();
        jdbc.sql("delete from email_settings where user_id = :id").param("id", id).update();
        jdbc.sql("delete from email_unsubscribe where user_id = :id").param("id", id).update();
        jdbc.sql("delete from reminder_sent where athlete_id = :id").param("id", id).update();
        jdbc.sql("delete from digest_sent where coach_id = :id").param("id", id).update();
    }
}
