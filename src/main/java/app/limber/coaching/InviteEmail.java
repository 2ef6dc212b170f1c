package app.limber.coaching;

import app.limber.mail.Letter;

/** The words of the invite email, in one place (to be translated with the rest later). */
final class InviteEmail {

    private InviteEmail() {
    }

    static Letter of(String coach, String link, String unsubscribe) {
        String why = "You get this email because " + coach + " entered your address in Limber to invite you.";
        String subject = coach + " invites you to Limber";
        String text = coach + " invites you to follow their stretching routines on Limber.\n\n"
                + "Join here (the link works for 14 days, for one person):\n" + link + "\n\n"
                + "If you did not expect this, ignore it: nothing happens unless you open the link."
                + Letter.footer(why + " Unsubscribe to get no more invites from Limber.", unsubscribe);
        String html = "<h1 style=\"font-size: 1.3rem;\">" + Letter.escape(coach) + " invites you to Limber</h1>"
                + "<p>" + Letter.escape(coach) + " invites you to follow their stretching routines on Limber.</p>"
                + "<p><a href=\"" + Letter.escape(link) + "\" style=\"display: inline-block; padding: .75rem 1.25rem; "
                + "background: #0f766e; color: #fff; border-radius: .5rem; text-decoration: none;\">Join "
                + Letter.escape(coach) + "</a></p>"
                + "<p>The link works for 14 days, for one person: " + Letter.escape(link) + "</p>"
                + "<p>If you did not expect this, ignore it: nothing happens unless you open the link.</p>";
        return new Letter(subject, text, Letter.page(subject, html,
                why + " Unsubscribe to get no more invites from Limber.", unsubscribe));
    }
}
