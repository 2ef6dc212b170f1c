package app.limber.account;

import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Login, logout, throttling, headers and health through the real filter chain over HTTP. */
class SecurityHttpTest extends LimberTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    AccountService accountService;

    private CookieManager cookies;
    private HttpClient http;

    @BeforeEach
    void newBrowser() {
        cookies = new CookieManager();
        http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        accountService.signUpCoach(new SignUp("casey@example.com", "Casey", "correct-password"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "default-src 'self'", "form-action 'self'"));
    }

    @Test
    void anOldBrowserGetsAPlainPageSayingWhichBrowsersWork() throws Exception {
        HttpResponse<String> page = get("/?v-r=oldbrowser");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("This browser is too old for Limber", "Chrome, Edge, Firefox or Safari");
    }

    @Test
    void theOldBrowserPageIsInTheReadersLanguage() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/?v-r=oldbrowser")).header("Accept-Language", "es-ES,es")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("<html lang=\"es\">", "Este navegador es demasiado antiguo para Limber",
                "Chrome, Edge, Firefox o Safari").doesNotContain("too old");
        assertThat(page.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));
    }

    @Test
    void aProtectedPageSendsAnAnonymousVisitorToLogin() throws Exception {
        HttpResponse<String> library = get("/library");

        assertThat(library.statusCode()).isEqualTo(302);
        assertThat(library.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theRightPasswordLogsInWithANewSessionAndLogoutEndsIt() throws Exception {
        String csrf = csrfFromLoginPage();
        String sessionBefore = sessionId();
        assertThat(sessionBefore).as("the login page starts a session").isNotNull();

        HttpResponse<String> login = postLogin(csrf, "CASEY@example.com", "correct-password");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(sessionId()).as("session fixation protection gives a new session").isNotEqualTo(sessionBefore);
        assertThat(get("/library").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = post("/logout", "_csrf=" + encode(csrfFrom(get("/library").body())));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(get("/library").statusCode()).as("logged out").isEqualTo(302);
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        csrfFromLoginPage();

        HttpResponse<String> forged = post("/login", "username=casey%40example.com&password=correct-password");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).as("Limber's own page, not Spring's").contains("<title>Not allowed · Limber</title>", "Go to Limber home")
                .doesNotContain("Whitelabel", "Exception", "CSRF", "csrf");
        assertThat(get("/library").statusCode()).as("not logged in").isEqualTo(302);
    }

    @Test
    void aLoginFormFromBeforeARestartGoesBackToAFreshFormThatSaysWhyNotToA403() throws Exception {
        String staleToken = csrfFromLoginPage();
        // the server restarted: the browser still sends the old session's cookie, which no session has now
        restart();
        HttpResponse<String> afterRestart = postLogin(staleToken, "casey@example.com", "correct-password");
        assertThat(afterRestart.statusCode()).isEqualTo(302);
        assertThat(afterRestart.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
        assertThat(get("/library").statusCode()).as("not logged in by it").isEqualTo(302);

        // and when the old page's reconnect got the browser a new session before the form was sent
        staleToken = csrfFromLoginPage();
        restart();
        assertThat(get("/login").statusCode()).isEqualTo(200);
        HttpResponse<String> newSessionMeanwhile = postLogin(staleToken, "casey@example.com", "correct-password");
        assertThat(newSessionMeanwhile.statusCode()).isEqualTo(302);
        assertThat(newSessionMeanwhile.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));

        HttpResponse<String> fresh = postLogin(csrfFromLoginPage(), "casey@example.com", "correct-password");
        assertThat(fresh.headers().firstValue("Location")).as("the fresh form logs in")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error", "expired"));
        assertThat(get("/library").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnexpectedFailureOutsideVaadinShowsAReferenceAndNoExceptionText() throws Exception {
        HttpResponse<String> error = get("/error");

        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.body()).contains("Something went wrong", "Reference: <strong>").doesNotContain("Whitelabel", "Exception");
        assertThat(error.body()).containsPattern("Reference: <strong>[0-9A-F]{4}-[0-9A-F]{4}</strong>");
    }

    /** What the browser holds after the server restarted: its old session cookie, which the server no longer knows. */
    private void restart() {
        String old = sessionId();
        assertThat(old).isNotNull();
        cookies.getCookieStore().removeAll();
        var gone = new HttpCookie("JSESSIONID", old.substring(1) + "0");
        gone.setPath("/");
        gone.setVersion(0);
        cookies.getCookieStore().add(uri("/"), gone);
    }

    @Test
    void anAbsurdlyLongEmailIsRefusedLikeAnyWrongLogin() throws Exception {
        String csrf = csrfFromLoginPage();

        HttpResponse<String> refused = postLogin(csrf, "x".repeat(100_000) + "@example.com", "wrong-password");

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void aLogoutRedirectKeepsTheSessionIdOutOfTheAddress() throws Exception {
        String csrf = csrfFromLoginPage();
        postLogin(csrf, "casey@example.com", "correct-password");

        HttpResponse<String> logout = post("/logout", "_csrf=" + encode(csrfFrom(get("/library").body())));

        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() throws Exception {
        String csrf = csrfFromLoginPage();

        HttpResponse<String> wrongPassword = postLogin(csrf, "casey@example.com", "wrong-password");
        HttpResponse<String> unknownEmail = postLogin(csrf, "nobody@example.com", "wrong-password");

        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(unknownEmail.headers().firstValue("Location")).isEqualTo(wrongPassword.headers().firstValue("Location"));
    }

    @Test
    void fiveFailuresLockTheEmailEvenForTheRightPassword() throws Exception {
        String csrf = csrfFromLoginPage();
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> failed = postLogin(csrf, "casey@example.com", "wrong-password-" + attempt);
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }

        HttpResponse<String> refused = postLogin(csrf, "Casey@Example.com", "correct-password");

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?throttled"));
        assertThat(get("/library").statusCode()).as("still not logged in").isEqualTo(302);
    }

    @Test
    void anUnknownEmailIsLockedTheSameWaySoLockingRevealsNothing() throws Exception {
        String csrf = csrfFromLoginPage();
        for (int attempt = 1; attempt <= 5; attempt++) {
            postLogin(csrf, "nobody@example.com", "wrong-password");
        }

        HttpResponse<String> refused = postLogin(csrf, "nobody@example.com", "wrong-password");

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?throttled"));
    }

    @Test
    void healthProbesAnswerAnonymousCallersWithoutDetails() throws Exception {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"")
                    .doesNotContain("components", "details", "db", "diskSpace");
        }
        assertThat(get("/actuator/env").statusCode()).as("nothing else is exposed").isIn(302, 404);
    }

    private String csrfFromLoginPage() throws Exception {
        return csrfFrom(get("/login").body());
    }

    private static String csrfFrom(String html) {
        Matcher matcher = CSRF_META.matcher(html);
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> postLogin(String csrf, String email, String password) throws Exception {
        return post("/login", "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
