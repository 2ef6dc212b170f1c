package app.limber;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderValidatorAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * Limber: coaches build stretching routines, athletes follow them.
 *
 * <p>Lumo and the app's stylesheet ({@code frontend/styles/limber.css}) go into the frontend
 * bundle with the client-side code of {@code frontend/}; the bundle is committed as
 * {@code src/main/bundles/prod.bundle} (see README, "Where things live", and
 * {@code docs/decisions/0001-frontend-bundle.md}).
 */
// Limber makes its own mail sender (mail/MailServer): Boot's exists only if spring.mail.host is set
// when the jar is built, once ahead-of-time processing has decided its condition
@SpringBootApplication(exclude = {MailSenderAutoConfiguration.class, MailSenderValidatorAutoConfiguration.class})
@EnableScheduling // ThrottleCounters deletes expired counters
@ConfigurationPropertiesScan // the *Settings records (limber.* keys, defaults in application.yaml)
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./styles/limber.css")
@Meta(name = "theme-color", content = "#0f766e")
@Push // every open editor of a routine shows a change made elsewhere at once (WebSocket, long polling as fallback)
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/limber.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
