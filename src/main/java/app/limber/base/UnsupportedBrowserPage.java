package app.limber.base;

import app.limber.account.Language;
import app.limber.base.web.ReaderLanguage;
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
import java.util.Locale;

/**
 * Vaadin's client sends a browser it cannot run in to {@code ?v-r=oldbrowser}; Limber answers
 * that with a plain page saying which browsers work, instead of a blank 500.
 */
@Configuration(proxyBeanMethods = false)
class UnsupportedBrowserPage {

    /** The page in the reader's language ({@link ReaderLanguage}). */
    static String page(Locale reader) {
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Limber</title></head>
                <body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
                <h1>%s</h1>
                <p>%s</p>
                </body></html>
                """.formatted(Language.of(reader).code(), Words.of("unsupported-browser.title").in(reader),
                Words.of("unsupported-browser.heading").in(reader), Words.of("unsupported-browser.text").in(reader));
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unsupportedBrowserFilter(ReaderLanguage readers) {
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
                response.getOutputStream().write(page(readers.of(request, response)).getBytes(StandardCharsets.UTF_8));
            }
        });
        registration.setName("unsupportedBrowserPage");
        // before security: the page is the same for everyone, signed in or not
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
