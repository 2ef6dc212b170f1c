package app.limber.browser;

import app.limber.support.Axe;
import app.limber.support.BrowserTest;
import app.limber.support.EmbeddedDatabase;
import app.limber.support.PackagedLimber;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Email from the packaged jar, run as the image runs it (Spring's ahead-of-time processing on):
 * an operator's {@code SPRING_MAIL_HOST} given when Limber starts turns email on. Spring Boot's
 * own mail sender is decided when the jar is built once ahead-of-time processing is on, so with
 * it an image built without a mail server never sent an email, whatever the operator set.
 */
class EmailFromThePackagedJarBrowserIT extends BrowserTest {

    private static GreenMail smtp;
    private static EmbeddedPostgres database;
    private static PackagedLimber withMail;

    @BeforeAll
    static void startALimberWithAMailServer() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        database = EmbeddedDatabase.persistentIn(Files.createTempDirectory("limber-mail"), PackagedLimber.freePort());
        int port = PackagedLimber.freePort();
        withMail = PackagedLimber.start(EmbeddedDatabase.jdbcUrl(database), port, Map.of(
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "LIMBER_PUBLIC_URL", "http://localhost:" + port,
                "LIMBER_MAIL_FROM", "Limber <no-reply@limber.test>",
                "LIMBER_MAIL_FIRST_SEND_AFTER", "1s",
                "LIMBER_MAIL_SEND_EVERY", "1s"));
    }

    @AfterAll
    static void stopIt() throws Exception {
        if (withMail != null) {
            withMail.close();
        }
        if (database != null) {
            database.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aCoachEmailsAnInviteThroughTheMailServerGivenAtStart() throws Exception {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.navigate(withMail.url("/login"));
            page.getByLabel("Email").fill("coach@limber.test");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("limber-coach-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(page.locator(".limber-user-name")).hasCount(1, SIGNED_IN);

            page.navigate(withMail.url("/athletes"));
            page.getByLabel("Athlete's email").fill("kim@example.com");
            Axe.check(page, "athletes-with-email");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Email the invite")).click();
            assertThat(page.getByText("Invite sent to kim@example.com.")).isVisible();
        }

        assertThat(smtp.waitForIncomingEmail(60_000, 1)).as("the invite reached the mail server").isTrue();
        MimeMessage invite = smtp.getReceivedMessages()[0];
        assertThat(invite.getAllRecipients()).extracting(Object::toString).containsExactly("kim@example.com");
        assertThat(invite.getSubject()).isEqualTo("Casey Coach invites you to Limber");
    }
}
