package app.limber.mail;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * What email a person asked for, at their own time zone's times.
 *
 * @param reminders   an athlete's reminder on planned days, at {@code reminderTime}
 * @param digest      a coach's weekly digest, on {@code digestDay} at {@code digestTime}
 */
public record EmailSettings(boolean reminders, LocalTime reminderTime, boolean digest, DayOfWeek digestDay, LocalTime digestTime) {

    static final EmailSettings NONE = new EmailSettings(false, LocalTime.of(7, 0), false, DayOfWeek.MONDAY, LocalTime.of(8, 0));
}
