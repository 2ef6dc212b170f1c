package app.limber.coaching;

import app.limber.account.Language;
import app.limber.base.Durations;
import app.limber.base.Words;
import app.limber.mail.Letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The words of an athlete's reminder on a planned day, in the athlete's language. */
final class ReminderEmail {

    private ReminderEmail() {
    }

    /** "Friday 26 March", "viernes, 26 de marzo", "Freitag, 26. März". */
    static String day(LocalDate day, Locale reader) {
        Language language = Language.of(reader);
        String pattern = switch (language) {
            case ENGLISH -> "EEEE d MMMM";
            case SPANISH -> "EEEE, d 'de' MMMM";
            case GERMAN -> "EEEE, d. MMMM";
        };
        return DateTimeFormatter.ofPattern(pattern, language.locale()).format(day);
    }

    static Letter of(String athlete, LocalDate day, List<Today.Entry> due, String todayLink, String unsubscribe,
                     Locale reader) {
        String why = Words.of("reminder-email.why").in(reader);
        String subject = due.size() == 1 ? Words.of("reminder-email.subject-one", due.getFirst().routine().title()).in(reader)
                : Words.of("reminder-email.subject-many", due.size()).in(reader);
        String hello = Words.of("reminder-email.hello", athlete).in(reader);
        String dueToday = Words.of("reminder-email.due-today", day(day, reader)).in(reader);
        StringBuilder text = new StringBuilder(hello + "\n\n" + dueToday + "\n");
        StringBuilder html = new StringBuilder("<p>" + Letter.escape(hello) + "</p><p>" + Letter.escape(dueToday) + "</p><ul>");
        for (Today.Entry entry : due) {
            String line = Words.of("reminder-email.line", entry.routine().title(), entry.routine().coach(),
                    Durations.approximatelyInWords(entry.routine().estimatedSeconds()),
                    Words.of("reminder-email.progress", Math.min(entry.done(), entry.planned()), entry.planned())).in(reader);
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(Letter.escape(line)).append("</li>");
        }
        text.append('\n').append(Words.of("reminder-email.start", todayLink).in(reader)).append(Letter.footer(reader, why, unsubscribe));
        html.append("</ul><p><a href=\"").append(Letter.escape(todayLink)).append("\">")
                .append(Letter.escape(Words.of("reminder-email.open").in(reader))).append("</a></p>");
        return new Letter(subject, text.toString(), Letter.page(reader, subject, html.toString(), why, unsubscribe));
    }
}
