package app.limber.coaching;

import app.limber.account.Language;
import app.limber.base.Words;
import app.limber.mail.Letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The words of a coach's weekly digest, in the coach's language. */
final class DigestEmail {

    private DigestEmail() {
    }

    /** "30 November", "30 de noviembre", "30. November". */
    static String day(LocalDate day, Locale reader) {
        Language language = Language.of(reader);
        String pattern = switch (language) {
            case ENGLISH -> "d MMMM";
            case SPANISH -> "d 'de' MMMM";
            case GERMAN -> "d. MMMM";
        };
        return DateTimeFormatter.ofPattern(pattern, language.locale()).format(day);
    }

    static Letter of(String coach, LocalDate weekStart, CoachHome home, String homeLink, String unsubscribe, Locale reader) {
        String why = Words.of("digest-email.why").in(reader);
        String subject = Words.of("digest-email.subject", day(weekStart, reader)).in(reader);
        String hello = Words.of("digest-email.hello", coach).in(reader);
        String week = Words.of("digest-email.week").in(reader);
        StringBuilder text = new StringBuilder(hello + "\n\n" + week + ":\n");
        StringBuilder html = new StringBuilder("<p>" + Letter.escape(hello) + "</p><h2 style=\"font-size: 1.1rem;\">"
                + Letter.escape(week) + "</h2><ul>");
        if (home.week().isEmpty()) {
            String none = Words.of("digest-email.no-athletes").in(reader);
            text.append("- ").append(none).append('\n');
            html.append("<li>").append(Letter.escape(none)).append("</li>");
        }
        for (AthleteWeek athlete : home.week()) {
            String line = athlete.athlete() + ": " + week(athlete).in(reader);
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(Letter.escape(line)).append("</li>");
        }
        html.append("</ul>");
        List<AttentionItem> attention = home.attention();
        String needsAttention = Words.of("digest-email.needs-attention").in(reader);
        text.append('\n').append(needsAttention).append(":\n");
        html.append("<h2 style=\"font-size: 1.1rem;\">").append(Letter.escape(needsAttention)).append("</h2><ul>");
        if (attention.isEmpty()) {
            String nothing = Words.of("digest-email.nothing").in(reader);
            text.append("- ").append(nothing).append('\n');
            html.append("<li>").append(Letter.escape(nothing)).append("</li>");
        }
        for (AttentionItem item : attention) {
            String line = item.athlete() + ": " + item.why().in(reader);
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(Letter.escape(line)).append("</li>");
        }
        text.append('\n').append(Words.of("digest-email.see-all", homeLink).in(reader)).append(Letter.footer(reader, why, unsubscribe));
        html.append("</ul><p><a href=\"").append(Letter.escape(homeLink)).append("\">")
                .append(Letter.escape(Words.of("digest-email.open").in(reader))).append("</a></p>");
        return new Letter(subject, text.toString(), Letter.page(reader, subject, html.toString(), why, unsubscribe));
    }

    /** "2 of 3 this week (behind plan), 1 partial" or, without a plan, "3 complete, 1 partial in the last 7 days". */
    private static Words week(AthleteWeek athlete) {
        if (athlete.plan() != null) {
            return Words.of("digest-email.plan", athlete.plan().done(), athlete.plan().planned(),
                    athlete.plan().behind() ? 1 : 0, athlete.partial());
        }
        if (athlete.given() == 0) {
            return Words.of("digest-email.nothing-given");
        }
        return Words.of("digest-email.no-plan", athlete.complete(), athlete.partial());
    }
}
