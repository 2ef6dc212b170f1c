package app.limber.base.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code limber.requests.*}: how many page loads and UI requests a node works on at once
 * ({@code atOnce}; 0 means as many as the database pool has connections) and how long each
 * other one waits for its turn before it gets a "busy, try again" page ({@code maxWait}). The
 * defaults are in {@code application.yaml}; a value out of range stops the start-up with its
 * name.
 */
@Validated
@ConfigurationProperties("limber.requests")
public record RequestSettings(
        @PositiveOrZero int atOnce,
        @NotNull @DurationMin(millis = 1) Duration maxWait) {
}
