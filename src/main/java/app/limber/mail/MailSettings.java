package app.limber.mail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code limber.mail.*}: who Limber's emails come from, and how the outbox retries. The mail
 * server itself is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST} and friends);
 * without a host no email is written or sent ({@link MailAvailability}).
 *
 * @param from        the From address ({@code Limber <no-reply@limber.example.org>})
 * @param maxAttempts tries per email before the outbox gives up on it (and logs so)
 * @param retryAfter  the wait after the first failed try; it doubles with each further one
 */
@Validated
@ConfigurationProperties("limber.mail")
public record MailSettings(
        @NotBlank String from,
        @Positive @Max(30) int maxAttempts,
        @NotNull @DurationMin(seconds = 1) Duration retryAfter) {
}
