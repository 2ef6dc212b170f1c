package app.limber.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code limber.demo-data.enabled}: load the demo coach and athletes at start (off in
 * production, see {@code application.yaml}; the README's run command turns it on).
 */
@ConfigurationProperties("limber.demo-data")
public record DemoDataSettings(boolean enabled) {
}
