package app.limber.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A protocol-level browser for one person: its own cookies (so its own HTTP session), and one
 * Vaadin UI at a time ({@link VaadinUi}). Opening a page is what a browser does: the page itself
 * (the bootstrap), {@code ?v-r=init}, then the first navigation as a UIDL request; every later
 * action is one UIDL request. It asks for gzip or not ({@code compressed}) and counts requests
 * and the bytes that came over the wire, headers aside.
 */
public final class VaadinClient {

    private final String baseUrl;
    private final boolean compressed;
    private final HttpClient http;
    private VaadinUi ui;
    private int requests;
    private long wireBytes;
    private long bodyBytes;
    private String lastContentEncoding = "";
    private long lastWireBytes;

    public VaadinClient(String baseUrl, boolean compressed) {
        this.baseUrl = baseUrl;
        this.compressed = compressed;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Opens a route (path without the leading slash) as a new tab: page, init, first navigation. */
    public VaadinUi open(String route) {
        return open(route, "");
    }

    public VaadinUi open(String route, String query) {
        get("/" + route + (query.isEmpty() ? "" : "?" + query));
        ui = VaadinUi.fromInit(get("/" + VaadinUi.initQuery(route, query)));
        send(ui.navigate(route, query));
        return ui;
    }

    /** Sends one UIDL message of the open UI and applies the answer to it. */
    public String send(String message) {
        String answer = post("/" + ui.uidlQuery(), message, "application/json; charset=UTF-8");
        ui.apply(answer);
        // as a browser does next: answer what the server asked of its storage
        ui.answersToStorageReads().ifPresent(this::send);
        // and confirm the data its lists received, as their connectors do
        ui.confirmationsOfListUpdates().ifPresent(this::send);
        return answer;
    }

    /** Taps the button with this text. */
    public void click(String buttonText) {
        send(ui.click(buttonText));
    }

    /**
     * Signs in as a browser does on Limber's login page: the page, then the form posted with
     * the page's {@code _csrf} token (Spring Security's, in a meta tag), then the page it lands on.
     */
    public void logIn(String email, String password) {
        String page = get("/login");
        var token = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("The login page has no _csrf meta tag");
        }
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        var answer = exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.uri().toString().contains("/login")) {
            throw new IllegalStateException("Login as " + email + " was refused: landed on " + answer.uri());
        }
    }

    public VaadinUi ui() {
        return ui;
    }

    public String get(String path) {
        return decoded(exchange(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()));
    }

    public String post(String path, String body, String contentType) {
        return decoded(exchange(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private HttpResponse<byte[]> exchange(HttpRequest.Builder request) {
        if (compressed) {
            request.header("Accept-Encoding", "gzip");
        }
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode());
            }
            requests++;
            wireBytes += response.body().length;
            lastWireBytes = response.body().length;
            lastContentEncoding = response.headers().firstValue("Content-Encoding").orElse("");
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String decoded(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        bodyBytes += body.length;
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Closes this person's connections (the server keeps their session until it times out): what
     * a session holds on the server can then be told from what an open connection does.
     */
    public void disconnect() {
        http.shutdownNow();
    }

    /** Requests sent so far. */
    public int requests() {
        return requests;
    }

    /** Bytes of answers' bodies as they came over the wire (compressed where they were). */
    public long wireBytes() {
        return wireBytes;
    }

    /** The same bodies uncompressed. */
    public long bodyBytes() {
        return bodyBytes;
    }

    /** The last answer's Content-Encoding ("" for none) and its size on the wire. */
    public Map.Entry<String, Long> lastAnswer() {
        return Map.entry(lastContentEncoding, lastWireBytes);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
