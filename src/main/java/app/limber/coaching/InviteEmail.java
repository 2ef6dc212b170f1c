package app.limber.coaching;

import app.limber.base.Words;
import app.limber.mail.Letter;

import java.util.Locale;

/**
 * The words of the invite email, in the language of whoever receives it (the account's with that
 * address, else the inviting coach's: {@link app.limber.account.AccountService#inviteLanguage}).
 */
final class InviteEmail {

    private InviteEmail() {
    }

    static Letter of(String coach, String link, String unsubscribe, Locale reader) {
        String why = Words.of("invite-email.why", coach).in(reader);
        String subject = Words.of("invite-email.subject", coach).in(reader);
        String intro = Words.of("invite-email.intro", coach).in(reader);
        String ignore = Words.of("invite-email.ignore").in(reader);
        String text = intro + "\n\n"
                + Words.of("invite-email.join-here").in(reader) + "\n" + link + "\n\n"
                + ignore
                + Letter.footer(reader, why, unsubscribe);
        String html = "<h1 style=\"font-size: 1.3rem;\">" + Letter.escape(subject) + "</h1>"
                + "<p>" + Letter.escape(intro) + "</p>"
                + "<p><a href=\"" + Letter.escape(link) + "\" style=\"display: inline-block; padding: .75rem 1.25rem; "
                + "background: #0f766e; color: #fff; border-radius: .5rem; text-decoration: none;\">"
                + Letter.escape(Words.of("invite-email.join-button", coach).in(reader)) + "</a></p>"
                + "<p>" + Letter.escape(Words.of("invite-email.link-works", link).in(reader)) + "</p>"
                + "<p>" + Letter.escape(ignore) + "</p>";
        return new Letter(subject, text, Letter.page(reader, subject, html, why, unsubscribe));
    }
}
