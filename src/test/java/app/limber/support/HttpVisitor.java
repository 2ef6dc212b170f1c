package app.limber.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone visiting the running test app over HTTP, with their own cookies (so a session once
 * signed in), never following redirects: anonymous, or signed in through the login form.
 */
public final class HttpVisitor {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpVisitor(int port) {
        this.port = port;
    }

    public static HttpVisitor anonymous(int port) {
        return new HttpVisitor(port);
    }

    /** Signs in on the login page as a person does (the form with its CSRF token). */
    public static HttpVisitor signedIn(int port, String email, String password) throws IOException, InterruptedException {
        HttpVisitor visitor = new HttpVisitor(port);
        Matcher csrf = CSRF_META.matcher(new String(visitor.get("/login").body(), StandardCharsets.UTF_8));
        if (!csrf.find()) {
            throw new AssertionError("The login page has no CSRF token");
        }
        HttpResponse<String> login = visitor.http.send(HttpRequest.newBuilder(visitor.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password=" + encode(password)
                        + "&_csrf=" + encode(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        if (login.headers().firstValue("Location").orElse("error").contains("error")) {
            throw new AssertionError("Signing in as " + email + " failed");
        }
        return visitor;
    }

    public HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Reads the answer as it comes, a buffer at a time, and keeps only its status, headers and length (for large answers). */
    public Counted count(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<java.io.InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        long total = 0;
        try (var in = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                total += read;
            }
        }
        return new Counted(response.statusCode(), response.headers(), total);
    }

    /** An answer read without keeping its body. */
    public record Counted(int statusCode, java.net.http.HttpHeaders headers, long length) {
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
