package app.limber.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Sends what the {@link Outbox} holds, after commit, on every node: each email is claimed with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} in a transaction of its own, sent, and marked sent in
 * that same transaction, so two nodes never both send one, and a node that dies before the
 * commit leaves the row to be sent again (with the same Message-ID: see
 * {@code docs/decisions/0010-email-outbox.md}). A failed try waits {@code limber.mail.retry-after},
 * doubling each time, and after {@code limber.mail.max-attempts} the email is given up, with an
 * error in the log.
 */
@Component
public class OutboxSender {

    /** At most this many emails per run, so one run never holds the job for long. */
    static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private record Claimed(long id, String kind, String recipient, String subject, String text, String html,
                           String unsubscribeUrl, String messageId, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MailAvailability availability;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(DataSource dataSource, TransactionTemplate transactions, MailAvailability availability,
                 MailSettings settings, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = transactions;
        this.availability = availability;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends every email whose time has come (up to {@link #BATCH}). @return how many were sent */
    @Scheduled(fixedDelayString = "${limber.mail.send-every}", initialDelayString = "${limber.mail.first-send-after}")
    public int sendDue() {
        Optional<JavaMailSender> sender = availability.sender();
        if (sender.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (int tried = 0; tried < BATCH; tried++) {
            Boolean outcome = transactions.execute(status -> sendOne(sender.get()));
            if (outcome == null) {
                break; // nothing left to claim
            }
            if (outcome) {
                sent++;
            }
        }
        return sent;
    }

    /** @return null when no email is due, else whether the one claimed was sent */
    private Boolean sendOne(JavaMailSender sender) {
        Instant now = clock.instant();
        Optional<Claimed> claimed = jdbc.sql("""
                        select id, kind, recipient, subject, text_body, html_body, unsubscribe_url, message_id, attempts
                        from outbox_email
                        where sent_at is null and given_up_at is null and next_attempt_at <= :now
                        order by next_attempt_at, id
                        limit 1
                        for update skip locked""")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((row, index) -> new Claimed(row.getLong("id"), row.getString("kind"), row.getString("recipient"),
                        row.getString("subject"), row.getString("text_body"), row.getString("html_body"),
                        row.getString("unsubscribe_url"), row.getString("message_id"), row.getInt("attempts")))
                .optional();
        if (claimed.isEmpty()) {
            return null;
        }
        Claimed email = claimed.get();
        try {
            sender.send(message(sender, email));
            jdbc.sql("update outbox_email set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
                    .param("now", now.atOffset(ZoneOffset.UTC)).param("id", email.id()).update();
            return true;
        } catch (MailException | MessagingException failed) {
            int attempts = email.attempts() + 1;
            String reason = String.valueOf(failed.getMessage());
            reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
            if (attempts >= settings.maxAttempts()) {
                log.error("Gave up on {} email {} after {} tries: {}", email.kind(), email.id(), attempts, reason);
                jdbc.sql("update outbox_email set attempts = :attempts, given_up_at = :now, last_error = :reason where id = :id")
                        .param("attempts", attempts).param("now", now.atOffset(ZoneOffset.UTC))
                        .param("reason", reason).param("id", email.id()).update();
            } else {
                Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
                log.warn("Could not send {} email {} (try {} of {}), trying again in {}: {}", email.kind(), email.id(),
                        attempts, settings.maxAttempts(), wait, reason);
                jdbc.sql("update outbox_email set attempts = :attempts, next_attempt_at = :next, last_error = :reason where id = :id")
                        .param("attempts", attempts).param("next", now.plus(wait).atOffset(ZoneOffset.UTC))
                        .param("reason", reason).param("id", email.id()).update();
            }
            return false;
        }
    }

    private MimeMessage message(JavaMailSender sender, Claimed email) throws MessagingException {
        MimeMessage message = sender instanceof JavaMailSenderImpl impl
                ? new KeptIdMessage(impl.getSession(), email.messageId()) : sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(email.recipient());
        helper.setSubject(email.subject());
        helper.setText(email.text(), email.html());
        // RFC 2369 and RFC 8058: the unsubscribe address, and that a POST to it unsubscribes at once
        message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** A message that keeps the Message-ID stored with its row instead of making a new one when sent. */
    private static final class KeptIdMessage extends MimeMessage {

        private final String messageId;

        KeptIdMessage(jakarta.mail.Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
