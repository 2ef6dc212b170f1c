package app.limber.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Vaadin's client sends a browser it cannot run in to {@code ?v-r=oldbrowser}; Limber answers
 * that with a plain page saying which browsers work, instead of a blank 500.
 */
@Configuration(proxyBeanMethods = false)
class UnsupportedBrowserPage {

    static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Browser not supported · Limber</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
            <h1>This browser is too old for Limber</h1>
            <p>Open Limber in a current Chrome, Edge, Firefox or Safari (on a phone, the one it came with, updated).</p>
            </body></html>
            """;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unsupportedBrowserFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"oldbrowser".equals(request.getParameter("v-r"))) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("text/html;charset=UTF-8");
                response.setHeader("Cache-Control", "no-store");
                response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
            }
        });
        registration.setName("unsupportedBrowserPage");
        // before security: the page is the same for everyone, signed in or not
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
