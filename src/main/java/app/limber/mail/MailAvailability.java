package app.limber.mail;

import app.limber.base.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whether Limber can send email: there is a mail sender only when {@code spring.mail.host} is set
 * ({@code SPRING_MAIL_HOST}, {@link MailServer}), and links in an email must be absolute addresses no request's
 * {@code Host} header chose, so {@code limber.public-url} must be set too. Without either, every
 * email control is hidden and nothing is written to the outbox; invites still work by link.
 */
@Component
public class MailAvailability {

    private static final Logger log = LoggerFactory.getLogger(MailAvailability.class);

    private final JavaMailSender sender;
    private final PublicAddress address;

    @Autowired
    MailAvailability(MailProperties server, PublicAddress address) {
        this(MailServer.senderFor(server).orElse(null), address);
    }

    /** Email through this sender (null: none), for links starting with that address. */
    MailAvailability(JavaMailSender sender, PublicAddress address) {
        this.sender = sender;
        this.address = address;
        if (this.sender != null && address.publicUrl() == null) {
            log.warn("A mail server is set (spring.mail.host) but limber.public-url is not: email stays off "
                    + "until LIMBER_PUBLIC_URL says where links in emails lead");
        }
    }

    /** Whether email is on: a mail server and the public address are both configured. */
    public boolean configured() {
        return sender != null && address.publicUrl() != null;
    }

    /** The mail sender, when email is on. */
    Optional<JavaMailSender> sender() {
        return configured() ? Optional.of(sender) : Optional.empty();
    }

    /** The address links in emails start with (no closing slash). */
    public String base() {
        return address.base(null);
    }
}
