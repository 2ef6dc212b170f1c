package app.limber.coaching;

import app.limber.mail.Letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The words of a coach's weekly digest, in one place (to be translated with the rest later). */
final class DigestEmail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private DigestEmail() {
    }

    static Letter of(String coach, LocalDate weekStart, CoachHome home, String homeLink, String unsubscribe) {
        String why = "You get this email because you turned on the weekly digest in your Limber settings.";
        String subject = "Your athletes' week (from " + DAY.format(weekStart) + ")";
        StringBuilder text = new StringBuilder("Hello " + coach + ",\n\nYour athletes' week:\n");
        StringBuilder html = new StringBuilder("<p>Hello " + Letter.escape(coach) + ",</p><h2 style=\"font-size: 1.1rem;\">"
                + "Your athletes' week</h2><ul>");
        if (home.week().isEmpty()) {
            text.append("- No athletes on your roster yet.\n");
            html.append("<li>No athletes on your roster yet.</li>");
        }
        for (AthleteWeek athlete : home.week()) {
            String line = athlete.athlete() + ": " + week(athlete);
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(Letter.escape(line)).append("</li>");
        }
        html.append("</ul>");
        List<AttentionItem> attention = home.attention();
        text.append("\nNeeds attention:\n");
        html.append("<h2 style=\"font-size: 1.1rem;\">Needs attention</h2><ul>");
        if (attention.isEmpty()) {
            text.append("- Nothing this week.\n");
            html.append("<li>Nothing this week.</li>");
        }
        for (AttentionItem item : attention) {
            String line = item.athlete() + ": " + item.why();
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(Letter.escape(line)).append("</li>");
        }
        text.append("\nSee everything on your home page: ").append(homeLink).append(Letter.footer(why, unsubscribe));
        html.append("</ul><p><a href=\"").append(Letter.escape(homeLink)).append("\">Open Limber</a></p>");
        return new Letter(subject, text.toString(), Letter.page(subject, html.toString(), why, unsubscribe));
    }

    /** "2 of 3 this week (behind plan), 1 partial" or, without a plan, "3 complete, 1 partial in the last 7 days". */
    private static String week(AthleteWeek athlete) {
        String partial = athlete.partial() == 0 ? "" : ", " + athlete.partial() + " partial";
        if (athlete.plan() != null) {
            return athlete.plan().label() + (athlete.plan().behind() ? " (behind plan)" : "") + partial;
        }
        if (athlete.given() == 0) {
            return "nothing given yet";
        }
        return athlete.complete() + " complete" + partial + " in the last 7 days";
    }
}
