package app.limber.base.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import javax.sql.DataSource;

/**
 * The {@link RequestGate} in front of everything else but the unsupported-browser page:
 * {@link RequestSettings#atOnce()} requests at a time (0, the default: as many as the database
 * pool has connections), each other waiting at most {@link RequestSettings#maxWait()}.
 */
@Configuration(proxyBeanMethods = false)
class RequestGateConfiguration {

    @Bean
    RequestGate requestGate(RequestSettings settings, DataSource dataSource, ReaderLanguage readers) {
        int atOnce = settings.atOnce() == 0 ? RequestGate.poolSize(dataSource, 10) : settings.atOnce();
        return new RequestGate(atOnce, settings.maxWait(), dataSource, readers);
    }

    @Bean
    FilterRegistrationBean<RequestGate> requestGateFilter(RequestGate gate) {
        var registration = new FilterRegistrationBean<>(gate);
        registration.setName("requestGate");
        // before security and the share links' door: a request waiting its turn holds nothing
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
