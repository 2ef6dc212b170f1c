package app.limber.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * What tests add to Limber: the {@link TestClock} in place of the system clock for every bean
 * that asks for a {@code Clock}, and the {@link Fixtures} that set up coaches, athletes and
 * routines through the real services.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(Fixtures.class)
public class LimberTestConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
