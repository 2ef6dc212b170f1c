package app.limber.coaching;

import app.limber.base.Durations;
import app.limber.mail.Letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The words of an athlete's reminder on a planned day, in one place (to be translated with the rest later). */
final class ReminderEmail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private ReminderEmail() {
    }

    static Letter of(String athlete, LocalDate day, List<Today.Entry> due, String todayLink, String unsubscribe) {
        String why = "You get this email because you turned on reminders in your Limber settings.";
        String subject = due.size() == 1 ? "Today: " + due.getFirst().routine().title()
                : "Today: " + due.size() + " routines to do";
        StringBuilder text = new StringBuilder("Hello " + athlete + ",\n\nDue today, " + DAY.format(day) + ":\n");
        StringBuilder html = new StringBuilder("<p>Hello " + Letter.escape(athlete) + ",</p><p>Due today, "
                + Letter.escape(DAY.format(day)) + ":</p><ul>");
        for (Today.Entry entry : due) {
            String line = entry.routine().title() + " from " + entry.routine().coach() + " ("
                    + Durations.approximately(entry.routine().estimatedSeconds()) + ", " + entry.progress() + ")";
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(Letter.escape(line)).append("</li>");
        }
        text.append("\nStart from Today: ").append(todayLink).append(Letter.footer(why, unsubscribe));
        html.append("</ul><p><a href=\"").append(Letter.escape(todayLink)).append("\">Open Today in Limber</a></p>");
        return new Letter(subject, text.toString(), Letter.page(subject, html.toString(), why, unsubscribe));
    }
}
