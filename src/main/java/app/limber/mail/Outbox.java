package app.limber.mail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where every email starts: a row of {@code outbox_email}, written in the transaction of what
 * causes it (so an invite that is rolled back sends nothing, and a committed one loses none),
 * and sent after commit by {@link OutboxSender}. With email off ({@link MailAvailability}) nothing
 * is written.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final MailAvailability availability;
    private final Unsubscribes unsubscribes;
    private final Clock clock;

    Outbox(DataSource dataSource, MailAvailability availability, Unsubscribes unsubscribes, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.availability = availability;
        this.unsubscribes = unsubscribes;
        this.clock = clock;
    }

    /**
     * Writes an email to an account holder, in the caller's transaction.
     *
     * @param write the email, given its unsubscribe address (every email shows it)
     * @return whether it was written (false with email off)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean toAccount(EmailKind kind, long userId, String address, Function<String, Letter> write) {
        if (!availability.configured()) {
            return false;
        }
        Instant now = clock.instant();
        String unsubscribe = unsubscribeUrl(unsubscribes.tokenFor(kind, userId, now));
        insert(kind, address, userId, write.apply(unsubscribe), unsubscribe, now);
        return true;
    }

    /**
     * Writes an invite to an address that may have no account, in the caller's transaction.
     *
     * @return whether it was written (false with email off, or when the address unsubscribed from invites)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean inviteTo(String address, Function<String, Letter> write) {
        if (!availability.configured() || unsubscribes.unsubscribed(EmailKind.INVITE, address)) {
            return false;
        }
        Instant now = clock.instant();
        String unsubscribe = unsubscribeUrl(unsubscribes.tokenFor(EmailKind.INVITE, address, now));
        insert(EmailKind.INVITE, Unsubscribes.normalize(address), null, write.apply(unsubscribe), unsubscribe, now);
        return true;
    }

    /** Whether the address asked for no more invites (through an invite's unsubscribe link). */
    public boolean refusesInvites(String address) {
        return unsubscribes.unsubscribed(EmailKind.INVITE, address);
    }

    private void insert(EmailKind kind, String address, Long userId, Letter letter, String unsubscribe, Instant now) {
        jdbc.sql("""
                        insert into outbox_email (kind, recipient, user_id, subject, text_body, html_body, unsubscribe_url,
                                                  message_id, created_at, next_attempt_at)
                        values (:kind, :recipient, :user, :subject, :text, :html, :unsubscribe, :messageId, :now, :now)""")
                .param("kind", kind.name()).param("recipient", address).param("user", userId)
                .param("subject", letter.subject()).param("text", letter.text()).param("html", letter.html())
                .param("unsubscribe", unsubscribe).param("messageId", messageId())
                .param("now", now.atOffset(ZoneOffset.UTC)).update();
    }

    private String unsubscribeUrl(String token) {
        return availability.base() + "/unsubscribe/" + token;
    }

    /** A Message-ID of its own per email, kept with the row: a copy sent again is recognisably the same email. */
    private String messageId() {
        String host = URI.create(availability.base()).getHost();
        return "<" + UUID.randomUUID() + "@" + host + ">";
    }
}
