package app.limber.mail;

import app.limber.base.PublicAddress;
import app.limber.support.MailTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox against a real SMTP server (GreenMail): an email is written with what causes it,
 * survives a restart of the sending, is sent exactly once even by two senders at once, and a
 * server that refuses is tried again later, then given up.
 */
class OutboxTest extends MailTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    MailAvailability availability;

    @Autowired
    MailSettings settings;

    private long person() {
        return given.aCoach().id();
    }

    private void write(long userId, String address, String subject) {
        transactions.executeWithoutResult(status -> outbox.toAccount(EmailKind.DIGEST, userId, address,
                unsubscribe -> new Letter(subject, "Hello\n" + Letter.footer("Because.", unsubscribe),
                        Letter.page(subject, "<p>Hello</p>", "Because.", unsubscribe))));
    }

    @Test
    void anEmailRolledBackWithWhatCausedItIsNeverSent() {
        long me = person();
        transactions.executeWithoutResult(status -> {
            outbox.toAccount(EmailKind.DIGEST, me, "casey@example.com", unsubscribe -> new Letter("Never",
                    Letter.footer("x", unsubscribe), Letter.page("Never", "", "x", unsubscribe)));
            status.setRollbackOnly();
        });
        assertThat(sender.sendDue()).isZero();
        assertThat(received()).isEmpty();
    }

    @Test
    void aQueuedEmailSurvivesARestartOfTheSendingAndIsSentExactlyOnce() throws Exception {
        long me = person();
        write(me, "casey@example.com", "Your week");
        // the node that wrote it stops before its job ran: a new sender on the same database
        var afterRestart = new OutboxSender(dataSource, transactions, availability, settings, clock);
        assertThat(afterRestart.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();
        assertThat(afterRestart.sendDue()).isZero();

        List<MimeMessage> mail = received();
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getSubject()).isEqualTo("Your week");
        assertThat(mail.getFirst().getAllRecipients()[0].toString()).isEqualTo("casey@example.com");
        assertThat(mail.getFirst().getFrom()[0].toString()).contains("no-reply@limber.test");
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where sent_at is not null", Integer.class)).isEqualTo(1);
        // the Message-ID is the one stored with the row (a copy sent again would carry the same)
        assertThat(mail.getFirst().getMessageID())
                .isEqualTo(jdbc.queryForObject("select message_id from outbox_email", String.class));
    }

    @Test
    void twoSendersAtOnceSendEachEmailOnce() throws Exception {
        long me = person();
        IntStream.range(0, 30).forEach(index -> write(me, "casey@example.com", "Email " + index));
        var other = new OutboxSender(dataSource, transactions, availability, settings, clock);
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Integer> first = () -> {
                start.await();
                return sender.sendDue();
            };
            Callable<Integer> second = () -> {
                start.await();
                return other.sendDue();
            };
            var a = pool.submit(first);
            var b = pool.submit(second);
            start.countDown();
            assertThat(a.get() + b.get()).isEqualTo(30);
        }
        assertThat(received()).hasSize(30);
        assertThat(received().stream().map(message -> {
            try {
                return message.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(30);
    }

    @Test
    void aServerThatRefusesIsTriedAgainWithBackoffThenGivenUp() throws Exception {
        long me = person();
        write(me, "casey@example.com", "Later");
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(closedPort);
        var unreachable = new MailAvailability(down, new PublicAddress(URI.create(PUBLIC_URL)));
        var failing = new OutboxSender(dataSource, transactions, unreachable,
                new MailSettings("Limber <no-reply@limber.test>", 3, Duration.ofMinutes(1)), clock);

        assertThat(failing.sendDue()).isZero();
        assertThat(jdbc.queryForObject("select attempts from outbox_email", Integer.class)).isEqualTo(1);
        // not due again before the wait: a run now tries nothing
        assertThat(failing.sendDue()).isZero();
        assertThat(jdbc.queryForObject("select attempts from outbox_email", Integer.class)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        failing.sendDue();
        assertThat(jdbc.queryForObject("select attempts from outbox_email", Integer.class)).isEqualTo(2);
        // the second wait is twice the first
        clock.advance(Duration.ofMinutes(1));
        failing.sendDue();
        assertThat(jdbc.queryForObject("select attempts from outbox_email", Integer.class)).isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));
        failing.sendDue();
        assertThat(jdbc.queryForObject("select attempts from outbox_email", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select given_up_at is not null from outbox_email", Boolean.class)).isTrue();
        // given up: the working server does not send it either
        clock.advance(Duration.ofDays(1));
        assertThat(sender.sendDue()).isZero();
        assertThat(received()).isEmpty();
    }

    @Test
    void aServerBackAfterAFailureGetsTheEmail() {
        long me = person();
        write(me, "casey@example.com", "Eventually");
        jdbc.update("update outbox_email set attempts = 1, next_attempt_at = next_attempt_at + interval '1 minute'");
        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(received()).hasSize(1);
    }
}
