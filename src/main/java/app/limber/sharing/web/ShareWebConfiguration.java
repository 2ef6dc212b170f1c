package app.limber.sharing.web;

import app.limber.base.web.ReaderLanguage;
import app.limber.sharing.ShareLookupThrottle;
import app.limber.sharing.SharingService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link ShareLinkFilter} in front of every share address, after Spring Security has written its headers. */
@Configuration(proxyBeanMethods = false)
class ShareWebConfiguration {

    @Bean
    FilterRegistrationBean<ShareLinkFilter> shareLinkFilter(SharingService sharing, ShareLookupThrottle throttle,
                                                            ReaderLanguage readers) {
        var registration = new FilterRegistrationBean<>(new ShareLinkFilter(sharing, throttle, readers));
        registration.addUrlPatterns("/s/*");
        registration.setName("shareLinkFilter");
        // after the security filter chain (order -100), so our Referrer-Policy replaces its default
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
