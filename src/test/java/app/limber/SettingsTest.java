package app.limber;

import app.limber.account.DemoDataSettings;
import app.limber.account.LoginThrottleSettings;
import app.limber.base.PublicAddress;
import app.limber.base.web.RequestSettings;
import app.limber.sharing.ShareLinkSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code limber.*} settings as Limber starts with them: the defaults of
 * {@code application.yaml}, overridden the way the environment does, and refused with a
 * message that names the setting when a value makes no sense.
 */
class SettingsTest {

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("app.limber")
    static class SettingsOnly {
    }

    private final ApplicationContextRunner limber = new ApplicationContextRunner()
            .withInitializer(context -> context.getEnvironment().getPropertySources().addLast(applicationYaml()))
            .withUserConfiguration(SettingsOnly.class);

    @Test
    void theDefaultsComeFromApplicationYaml() {
        limber.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(LoginThrottleSettings.class))
                    .isEqualTo(new LoginThrottleSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15)));
            assertThat(context.getBean(ShareLinkSettings.class))
                    .isEqualTo(new ShareLinkSettings(30, Duration.ofMinutes(1), Duration.ofMinutes(10)));
            assertThat(context.getBean(DemoDataSettings.class).enabled()).isFalse();
            assertThat(context.getBean(RequestSettings.class))
                    .as("as many at once as the pool has connections, 10 s to wait")
                    .isEqualTo(new RequestSettings(0, Duration.ofSeconds(10)));
            assertThat(context.getBean(PublicAddress.class).publicUrl()).as("links from the request").isNull();
        });
    }

    @Test
    void aPublicUrlIsTakenFromTheEnvironmentAndAWrongOneStopsTheStart() {
        limber.withPropertyValues("limber.public-url=https://limber.example.org").run(context ->
                assertThat(context.getBean(PublicAddress.class).publicUrl()).isEqualTo(java.net.URI.create("https://limber.example.org")));
        limber.withPropertyValues("limber.public-url=").run(context ->
                assertThat(context.getBean(PublicAddress.class).publicUrl()).as("set empty, as compose does by default").isNull());
        limber.withPropertyValues("limber.public-url=limber.example.org").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("limber.public-url");
        });
    }

    @Test
    void anOverrideWins() {
        limber.withPropertyValues("limber.login-throttle.lockout=1h", "limber.demo-data.enabled=true").run(context -> {
            assertThat(context.getBean(LoginThrottleSettings.class).lockout()).isEqualTo(Duration.ofHours(1));
            assertThat(context.getBean(DemoDataSettings.class).enabled()).isTrue();
        });
    }

    @Test
    void aNegativeNumberOfRequestsAtOnceOrNoWaitStopsTheStartWithTheSettingsName() {
        limber.withPropertyValues("limber.requests.at-once=-1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("limber.requests").hasMessageContaining("atOnce");
        });
        limber.withPropertyValues("limber.requests.max-wait=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("limber.requests").hasMessageContaining("maxWait");
        });
    }

    @Test
    void noFailuresAllowedStopsTheStartWithTheSettingsName() {
        limber.withPropertyValues("limber.login-throttle.max-failures=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("limber.login-throttle")
                    .hasMessageContaining("maxFailures")
                    .hasMessageContaining("must be greater than 0");
        });
    }

    @Test
    void aZeroLookupWindowAndAnAnonymousTimeoutShorterThanTheHeartbeatAreRefused() {
        limber.withPropertyValues("limber.share-links.lookup-window=0s", "limber.share-links.anonymous-session-timeout=1m")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("limber.share-links")
                            .hasMessageContaining("lookupWindow")
                            .hasMessageContaining("anonymousSessionTimeout");
                });
    }

    private static PropertySource<?> applicationYaml() {
        try {
            return new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml")).getFirst();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
