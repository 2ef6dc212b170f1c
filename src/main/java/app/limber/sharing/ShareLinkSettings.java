package app.limber.sharing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code limber.share-links.*}: at most {@code lookupLimit} token look-ups per client address
 * within {@code lookupWindow}, and the idle timeout of a session no one is signed in to once it
 * opens a share page. The defaults are in {@code application.yaml}; a value out of range stops
 * the start-up with its name. The anonymous timeout must outlast Vaadin's heartbeat (every
 * 5 minutes), or an open share page would lose its session between two heartbeats.
 */
@Validated
@ConfigurationProperties("limber.share-links")
public record ShareLinkSettings(
        @Positive int lookupLimit,
        @NotNull @DurationMin(seconds = 1) Duration lookupWindow,
        @NotNull @DurationMin(minutes = 6) Duration anonymousSessionTimeout) {
}
