package app.limber.account;

import app.limber.account.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.util.Map;

/**
 * Who may reach what. Views declare their own access with {@code @AnonymousAllowed},
 * {@code @PermitAll} or {@code @RolesAllowed}; services check roles with method security.
 */
@Configuration
@EnableWebSecurity
// @PreAuthorize on services only: with JSR-250 on, Spring would proxy every view that carries
// @RolesAllowed (views are Spring beans); Vaadin reads the views' annotations itself.
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * As strict as Vaadin allows: nothing may frame Limber, no plugins, no other base address,
     * forms post only here, and everything else from Limber itself. Vaadin's bootstrap page
     * has an inline script and its client runs the scripts the server sends through
     * {@code new Function} ('unsafe-inline', 'unsafe-eval'), and Lumo sets inline styles.
     * Pictures may be data: URLs (the share page's QR code, icons). The browser tests fail on
     * any violation Chromium reports.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self' data: blob:",
            "worker-src 'self' blob:",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** Where the login view sends a refused login; the view turns these into messages. */
    static final String LOGIN_FAILED_URL = "/login?error";
    static final String LOGIN_THROTTLED_URL = "/login?throttled";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the {id} prefix that lets us move to a stronger hash later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The only authentication manager: checks the throttle, then email and password.
     * Having no parent manager means a throttled email cannot slip through elsewhere.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService userDetails,
                                                PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        var passwordCheck = new DaoAuthenticationProvider(userDetails);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            RequestUtil vaadinRequests) throws Exception {
        var failureHandler = new ExceptionMappingAuthenticationFailureHandler();
        failureHandler.setDefaultFailureUrl(LOGIN_FAILED_URL);
        failureHandler.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), LOGIN_THROTTLED_URL));

        http.authenticationManager(authenticationManager);
        // Vaadin's request cache delegates to this one; without the "?continue" marker the
        // address after login is the plain page the person asked for.
        var savedRequests = new HttpSessionRequestCache();
        savedRequests.setMatchingRequestParameterName(null);
        http.setSharedObject(RequestCache.class, savedRequests);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/icons/**").permitAll()
                // share links are for anyone holding one: the sharing feature's filter checks every
                // token under /s/ (and answers a bad one with 404) before a page or a file is served
                .requestMatchers("/s/**", "/robots.txt").permitAll()
                // every email's unsubscribe link works without signing in (the token is the capability)
                .requestMatchers("/unsubscribe/*").permitAll()
                // an athlete's calendar feed, for calendar apps: its token is checked by the feed's controller
                .requestMatchers("/calendar/*.ics").permitAll()
                // error responses (e.g. a 403 for a missing CSRF token) keep their status
                .requestMatchers("/error").permitAll());
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Vaadin's pages are served through a servlet forward, which commits the response
                // behind Spring's back; writing the headers first keeps them on every page.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Vaadin would exempt the login form from CSRF protection; its form sends the token,
        // so only Vaadin's own internal requests (which carry their own protection) are exempt.
        // A login form whose session is gone (a restart, a node that died) sends its token to a
        // session that never had it: back to a fresh form with a message, not a 403.
        // The one-click unsubscribe (RFC 8058) is a POST from a mail client, which has no token: exempt
        // for that path only (it holds the unsubscribe token, and can only turn an email off).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/unsubscribe/*"))
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new ExpiredLoginForm());
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .enableCsrfConfiguration(false)
                // after logging out, back to the login page
                .loginView(LoginView.class, "/login")
                // Vaadin denies unknown paths with a blank 403; signed-in people get our
                // "Nothing here" page (404) instead, anonymous visitors the login page.
                .anyRequest(AuthorizedUrl::authenticated));
        // after Vaadin's configurer, so that the form login already knows its custom login page
        http.formLogin(form -> form.failureHandler(failureHandler));
        return http.build();
    }
}
