package app.limber.coaching.ui;

import app.limber.account.SignUp;
import app.limber.coaching.RosterService;
import app.limber.mail.OutboxSender;
import app.limber.support.MailTest;
import com.vaadin.flow.component.UI;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a mail server (GreenMail), a coach invites an athlete by email from the Athletes page: the
 * email carries the link and the coach's name (as text in the HTML part), its unsubscribe link
 * works in one click without signing in, and after that the address gets no more invites.
 */
class InviteByEmailTest extends MailTest {

    static final SignUp MARKUP_COACH = new SignUp("sam@example.com", "Sam <b>&</b> \"Coach\"", "coach-password-1");

    @Autowired
    RosterService roster;

    @Autowired
    OutboxSender sender;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theInviteEmailCarriesTheLinkAndTheCoachsNameAsText() throws Exception {
        given.aCoach(MARKUP_COACH);
        signInAs(MARKUP_COACH.email());
        UI.getCurrent().navigate(AthletesView.class);
        AthletesView view = _get(AthletesView.class);
        assertThat(view.inviteEmail.isVisible()).isTrue();

        _setValue(view.inviteEmail, " Ana@Example.com ");
        _click(view.emailInvite);
        assertThat(view.inviteEmail.isInvalid()).isFalse();
        var invite = roster.invites().getFirst();
        assertThat(invite.label()).isEqualTo("Ana@Example.com");
        assertThat(received()).as("sent after commit, by the outbox's job").isEmpty();

        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage email = received().getFirst();
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("ana@example.com");
        assertThat(email.getSubject()).isEqualTo(MARKUP_COACH.displayName() + " invites you to Limber");
        String link = PUBLIC_URL + "/join/" + invite.token();
        List<String> parts = parts(email);
        String text = parts.get(0);
        String html = parts.get(1);
        assertThat(text).contains(link).contains(MARKUP_COACH.displayName());
        assertThat(html).contains(link).contains("Sam &lt;b&gt;&amp;&lt;/b&gt; &quot;Coach&quot;").doesNotContain("<b>");

        String unsubscribe = email.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).matches("<" + PUBLIC_URL + "/unsubscribe/[A-Za-z0-9_-]{22}>");
        assertThat(email.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(text).contains(unsubscribe.substring(1, unsubscribe.length() - 1));
    }

    @Test
    void oneClickUnsubscribeFromAnInviteBlocksFurtherInvitesToTheAddress() throws Exception {
        given.aCoach(MARKUP_COACH);
        signInAs(MARKUP_COACH.email());
        roster.inviteByEmail("", "ana@example.com");
        sender.sendDue();
        String path = localPath(received().getFirst().getHeader("List-Unsubscribe")[0]);

        // the page a person opens shows a button and changes nothing by itself
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"").contains("Unsubscribe from invites to Limber?");
        assertThat(jdbc.queryForObject("select count(*) from email_unsubscribe where unsubscribed_at is not null", Integer.class)).isZero();

        // RFC 8058: the mail client's POST, no session, no CSRF token
        var oneClick = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("You are unsubscribed");

        UI.getCurrent().navigate(AthletesView.class);
        AthletesView view = _get(AthletesView.class);
        int before = roster.invites().size();
        _setValue(view.inviteEmail, "ANA@example.com");
        _click(view.emailInvite);
        assertThat(view.inviteEmail.isInvalid()).isTrue();
        assertThat(view.inviteEmail.getErrorMessage()).contains("asked Limber not to send it invites");
        assertThat(roster.invites()).hasSize(before);
        assertThat(jdbc.queryForObject("select count(*) from outbox_email", Integer.class)).isEqualTo(1);
    }

    @Test
    void aWrongUnsubscribeTokenIsNotFoundAndOtherPostsStillNeedTheirToken() throws Exception {
        var wrong = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/unsubscribe/AAAAAAAAAAAAAAAAAAAAAA"))
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(404);
        // the CSRF exemption is this path only: a login POST without a token is refused
        var elsewhere = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=a@example.com&password=b")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).isEqualTo(403);
    }

    @Test
    void aBadAddressGetsAMessageNextToTheFieldAndMakesNothing() {
        signInAsCoach();
        UI.getCurrent().navigate(AthletesView.class);
        AthletesView view = _get(AthletesView.class);
        _setValue(view.inviteEmail, "ana at example");
        _click(view.emailInvite);
        assertThat(view.inviteEmail.isInvalid()).isTrue();
        assertThat(view.inviteEmail.getErrorMessage()).isEqualTo("Enter the athlete's email address, like name@example.com.");
        assertThat(roster.invites()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from outbox_email", Integer.class)).isZero();
    }

    @Test
    void aCoachSendsAtMostTwentyInvitesByEmailAnHour() {
        signInAsCoach();
        for (int index = 0; index < RosterService.INVITES_PER_WINDOW; index++) {
            roster.inviteByEmail("", "athlete" + index + "@example.com");
        }
        UI.getCurrent().navigate(AthletesView.class);
        AthletesView view = _get(AthletesView.class);
        _setValue(view.inviteEmail, "one-more@example.com");
        _click(view.emailInvite);
        assertThat(view.inviteEmail.getErrorMessage()).contains("invites in the last hour");
        assertThat(roster.invites()).hasSize(RosterService.INVITES_PER_WINDOW);
        clock.advance(RosterService.INVITE_WINDOW);
        _click(view.emailInvite);
        assertThat(view.inviteEmail.isInvalid()).isFalse();
        assertThat(roster.invites()).hasSize(RosterService.INVITES_PER_WINDOW + 1);
    }

    private static String localPath(String listUnsubscribe) {
        return URI.create(listUnsubscribe.substring(1, listUnsubscribe.length() - 1)).getPath();
    }
}
