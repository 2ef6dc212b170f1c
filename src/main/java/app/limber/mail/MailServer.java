package app.limber.mail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Optional;
import java.util.Properties;

/**
 * The mail server named by {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, {@code _PORT},
 * {@code _USERNAME}, {@code _PASSWORD}, {@code _PROTOCOL}, {@code _DEFAULT_ENCODING},
 * {@code spring.mail.properties.*}), read when Limber starts.
 *
 * <p>Limber makes its mail sender here instead of leaving it to Spring Boot's mail
 * auto-configuration (excluded in {@code Application}): that one exists only when
 * {@code spring.mail.host} is set, a condition Spring's ahead-of-time processing decides when the
 * jar is built. The image runs the processed jar ({@code -Dspring.aot.enabled=true}), where an
 * operator's {@code SPRING_MAIL_HOST} would then never turn email on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailServer {

    private MailServer() {
    }

    /** A sender for the configured server, or empty when no {@code spring.mail.host} is set. */
    static Optional<JavaMailSender> senderFor(MailProperties settings) {
        if (settings.getHost() == null || settings.getHost().isBlank()) {
            return Optional.empty();
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost(settings.getHost());
        if (settings.getPort() != null) {
            sender.setPort(settings.getPort());
        }
        sender.setUsername(settings.getUsername());
        sender.setPassword(settings.getPassword());
        sender.setProtocol(settings.getProtocol());
        if (settings.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(settings.getDefaultEncoding().name());
        }
        var properties = new Properties();
        properties.putAll(settings.getProperties());
        sender.setJavaMailProperties(properties);
        return Optional.of(sender);
    }
}
