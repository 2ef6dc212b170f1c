package app.limber.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

/**
 * Base of the email tests: Limber with a mail server, GreenMail, a real SMTP server in this JVM
 * on a free port, and a public address ({@link #PUBLIC_URL}). Every such test shares this one
 * Spring context (the others run without mail, as Limber does with no {@code SPRING_MAIL_HOST}).
 * The jobs do not run by themselves here: tests call them, at the clock's time they set.
 */
public abstract class MailTest extends UiTest {

    public static final String PUBLIC_URL = "https://limber.test";

    protected static final GreenMail SMTP = startSmtp();

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("limber.public-url", () -> PUBLIC_URL);
        properties.add("limber.mail.from", () -> "Limber <no-reply@limber.test>");
        properties.add("limber.mail.first-send-after", () -> "P3650D");
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    /** The email's parts as text: the plain-text part, then the HTML part. */
    protected static List<String> parts(MimeMessage email) throws Exception {
        List<String> found = new java.util.ArrayList<>();
        collect(email.getContent(), found);
        return found;
    }

    private static void collect(Object content, List<String> found) throws Exception {
        if (content instanceof jakarta.mail.internet.MimeMultipart multipart) {
            for (int index = 0; index < multipart.getCount(); index++) {
                collect(multipart.getBodyPart(index).getContent(), found);
            }
        } else if (content instanceof String text) {
            found.add(text.replace("\r\n", "\n"));
        } else {
            throw new IllegalStateException("Unexpected part " + content);
        }
    }

    /** What the SMTP server received so far. */
    protected static List<MimeMessage> received() {
        return List.of(SMTP.getReceivedMessages());
    }
}
