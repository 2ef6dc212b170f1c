package app.limber.coaching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code limber.calendar-feed.*}: at most {@code lookupLimit} feed look-ups per client address
 * within {@code lookupWindow}. Defaults in {@code application.yaml}; a value out of range stops
 * the start-up with its name.
 */
@Validated
@ConfigurationProperties("limber.calendar-feed")
public record CalendarFeedSettings(@Positive int lookupLimit, @NotNull @DurationMin(seconds = 1) Duration lookupWindow) {
}
