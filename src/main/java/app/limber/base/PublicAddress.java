package app.limber.base;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.Locale;

/**
 * {@code limber.public-url}: the address people reach Limber at (for example
 * {@code https://limber.example.org}), from which share, handout, QR and invite links are made.
 * Unset, links are made from the request, that is from its {@code Host} header (and from
 * {@code X-Forwarded-*} when {@code server.forward-headers-strategy} trusts them); set, no
 * header a client sends changes them. An address that is not an absolute http(s) URL without
 * query or fragment stops the start-up with its name.
 */
@ConfigurationProperties("limber")
public record PublicAddress(URI publicUrl) {

    public PublicAddress {
        if (publicUrl != null) {
            String scheme = publicUrl.getScheme() == null ? "" : publicUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || publicUrl.getHost() == null
                    || publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null) {
                throw new IllegalArgumentException("limber.public-url must be an http(s) address such as "
                        + "https://limber.example.org, without query or fragment: " + publicUrl);
            }
        }
    }

    /** The address links start with, without a closing slash: the configured one, or the request's. */
    public String base(HttpServletRequest request) {
        if (publicUrl != null) {
            String configured = publicUrl.toString();
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return request == null ? "" : ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
