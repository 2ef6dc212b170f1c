package app.limber.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * What tests add to Limber: the {@link TestClock} in place of the system clock for every bean
 * that asks for a {@code Clock}, the {@link Fixtures} that set up coaches, athletes and
 * routines through the real services, and bcrypt at its lowest cost.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(Fixtures.class)
public class LimberTestConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    /**
     * The production encoder (bcrypt behind the {@code {bcrypt}} prefix) at cost 4 instead of 10:
     * the same algorithm and stored form, about 2 ms a hash instead of 70-180 ms. The in-process
     * tests make a thousand or so accounts and logins, which cost more than a minute at cost 10.
     * The browser tests run the packaged jar, with the production cost.
     */
    @Bean
    @Primary
    PasswordEncoder lowCostPasswordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }
}
