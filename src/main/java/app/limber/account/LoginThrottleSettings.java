package app.limber.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code limber.login-throttle.*}: at most {@code maxFailures} failed logins for one email
 * within {@code window}, then that email is refused for {@code lockout}. The defaults are in
 * {@code application.yaml}; a value out of range stops the start-up with its name.
 */
@Validated
@ConfigurationProperties("limber.login-throttle")
public record LoginThrottleSettings(
        @Positive int maxFailures,
        @NotNull @DurationMin(seconds = 1) Duration window,
        @NotNull @DurationMin(seconds = 1) Duration lockout) {
}
