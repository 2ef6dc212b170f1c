package app.limber.sharing.web;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.coaching.PublishingService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.sharing.LastDay;
import app.limber.sharing.Pin;
import app.limber.sharing.ShareLinkSummary;
import app.limber.sharing.SharingService;
import app.limber.support.LimberTest;
import app.limber.support.StatedAmounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Share addresses through the real filter chain over HTTP: status, body, headers, rate limit, handout and PDF. */
class ShareLinkHttpTest extends LimberTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String NOTE = "<img src=x onerror=alert(1)> breathe out";

    @Autowired SharingService sharing;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired LibraryService library;
    @Autowired AccountService accounts;

    private HttpClient http;
    private RoutineDetails routine;
    private List<StretchCard> stretches;
    private ShareLinkSummary working;
    /** The first step's dose as the editor gave it, from its stretch's defaults, before the coach changed it. */
    private StepDose asAdded;

    @BeforeEach
    void aCoachSharesAPublishedRoutine() {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey <Coach>", "casey-password-1"));
        authenticateAs("casey@example.com");
        stretches = library.search(LibraryFilter.NONE, 0, 100);
        routine = routines.create("<script>alert('x')</script> Track cool-down");
        routine = routines.describe(routine.id(), routine.title(), "Easy \u2192 steady \uD83D\uDE42 Å", null);
        for (int index = 0; index < 3; index++) {
            routine = routines.addStep(routine.id(), stretches.get(index).id(), index);
        }
        asAdded = routine.steps().getFirst().dose();
        routine = routines.changeStep(routine.id(), routine.steps().getFirst().id(),
                new StepDose(30, 2, Sides.EACH_SIDE, null, 10, NOTE));
        publishing.publish(routine.id(), "");
        working = sharing.create(routine.id(), "Club", null, Pin.LATEST_PUBLISHED);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWrongAnExpiredAndARevokedTokenGetTheSameStatusAndTheSameBody() throws Exception {
        authenticateAs("casey@example.com");
        ShareLinkSummary expired = sharing.create(routine.id(), "",
                new LastDay(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), ZoneOffset.UTC), Pin.LATEST_PUBLISHED);
        ShareLinkSummary revoked = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED);
        sharing.revoke(revoked.id());
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofDays(1)); // past the expired link's last day
        String wrong = "AAAAAAAAAAAAAAAAAAAAAA".equals(working.token()) ? "BBBBBBBBBBBBBBBBBBBBBB" : "AAAAAAAAAAAAAAAAAAAAAA";

        for (String suffix : new String[]{"", "/handout", "/handout.pdf", "/play"}) {
            HttpResponse<String> wrongAnswer = get("/s/" + wrong + suffix);
            HttpResponse<String> expiredAnswer = get("/s/" + expired.token() + suffix);
            HttpResponse<String> revokedAnswer = get("/s/" + revoked.token() + suffix);

            assertThat(wrongAnswer.statusCode()).as(suffix).isEqualTo(404);
            assertThat(wrongAnswer.body()).as(suffix).contains("This link no longer works");
            assertThat(expiredAnswer.statusCode()).as(suffix).isEqualTo(404);
            assertThat(revokedAnswer.statusCode()).as(suffix).isEqualTo(404);
            assertThat(expiredAnswer.body()).as(suffix).isEqualTo(wrongAnswer.body());
            assertThat(revokedAnswer.body()).as(suffix).isEqualTo(wrongAnswer.body());
            assertThat(List.of(wrongAnswer, expiredAnswer, revokedAnswer)).allSatisfy(answer ->
                    assertThat(answer.headers().allValues("Set-Cookie")).as("no session for a link that does not work").isEmpty());
        }
        assertThat(get("/s/short").statusCode()).isEqualTo(404);
        assertThat(get("/s/short").body()).isEqualTo(get("/s/" + wrong).body());
    }

    @Test
    void aWorkingLinkOpensWithoutLogin() throws Exception {
        HttpResponse<String> page = get("/s/" + working.token());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("This link no longer works");
    }

    @Test
    void shareAddressesAreNotIndexedAndNeverSentOnAsReferrers() throws Exception {
        for (String path : new String[]{"/s/" + working.token(), "/s/" + working.token() + "/handout",
                "/s/" + working.token() + "/handout.pdf", "/s/AAAAAAAAAAAAAAAAAAAAAB", "/s/" + working.token() + "/handout?paper=letter"}) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.headers().firstValue("X-Robots-Tag")).as(path).hasValueSatisfying(value -> assertThat(value).contains("noindex"));
            assertThat(answer.headers().allValues("Referrer-Policy")).as(path).containsExactly("no-referrer");
            assertThat(answer.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        }
        assertThat(get("/login").headers().firstValue("Referrer-Policy")).as("elsewhere unchanged").hasValue("same-origin");
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfTheSharePrefix() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("User-agent: *").containsPattern("(?m)^Disallow: /s/$");
    }

    @Test
    void sharePagesLoadNothingFromOtherSites() throws Exception {
        for (String path : new String[]{"/s/" + working.token(), "/s/" + working.token() + "/handout", "/s/AAAAAAAAAAAAAAAAAAAAAB"}) {
            String body = get(path).body();
            Matcher external = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//").matcher(body);
            assertThat(external.find()).as(path + ": " + (external.find(0) ? body.substring(external.start(), Math.min(body.length(), external.start() + 80)) : "")).isFalse();
            assertThat(body).as(path).doesNotContainPattern("(?i)@import\\s+url\\(\\s*[\"']?https?:");
        }
    }

    @Test
    void thirtyLookUpsAMinuteFromOneAddressThenAClearRefusalEvenForAWorkingLink() throws Exception {
        for (int guess = 0; guess < 29; guess++) {
            assertThat(get("/s/" + "A".repeat(20) + String.format("%02d", guess)).statusCode()).isEqualTo(404);
        }
        assertThat(get("/s/" + working.token()).statusCode()).as("the 30th").isEqualTo(200);

        HttpResponse<String> refused = get("/s/" + working.token());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(refused.body()).contains("Too many links opened from your network in a short time. Wait a minute, then try again.");
        assertThat(get("/s/" + working.token() + "/handout.pdf").statusCode()).isEqualTo(429);
    }

    @Test
    void theHandoutShowsEveryStepAsTextForA4AndLetter() throws Exception {
        HttpResponse<String> handout = get("/s/" + working.token() + "/handout");

        assertThat(handout.statusCode()).isEqualTo(200);
        assertThat(handout.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        String html = handout.body();
        var published = publishing.versionForShareLink(routine.id(), null).orElseThrow().routine();
        for (var step : published.steps()) {
            assertThat(html).contains(org.springframework.web.util.HtmlUtils.htmlEscape(step.name()));
            step.instructions().forEach(line -> assertThat(html).contains(org.springframework.web.util.HtmlUtils.htmlEscape(line)));
        }
        assertThat(html).contains("Hold 30 s \u00b7 2 reps \u00b7 each side (left, then right) \u00b7 rest 10 s");
        assertThat(html).contains("From Casey &lt;Coach&gt;");
        assertThat(html).as("typed text is text, never HTML")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Track cool-down", "&lt;img src=x onerror=alert(1)&gt; breathe out")
                .doesNotContain("<script>alert", "<img src=x");
        assertThat(html).contains("<svg", "Scan to follow it on your phone", "/s/" + working.token());
        assertThat(html).contains("@page { size: A4;");
        assertThat(get("/s/" + working.token() + "/handout?paper=letter").body()).contains("@page { size: letter;");
    }

    @Test
    void theHandoutAndThePdfPrintEachStepsOwnDoseBetweenItsNameAndItsInstructions() throws Exception {
        var published = publishing.versionForShareLink(routine.id(), null).orElseThrow().routine();
        var first = published.steps().getFirst();
        String dose = "Hold 30 s \u00b7 2 reps \u00b7 each side (left, then right) \u00b7 rest 10 s";
        assertThat(first.dose()).as("not the stretch's default").isNotEqualTo(asAdded);
        assertThat(first.instructions()).allSatisfy(line -> assertThat(StatedAmounts.in(line)).as(line).isEmpty());

        String html = get("/s/" + working.token() + "/handout").body();
        String firstStep = html.substring(html.indexOf("<li class=\"handout-step\">"), html.indexOf("</li>\n<li class=\"handout-step\">"));
        assertThat(firstStep).containsSubsequence(org.springframework.web.util.HtmlUtils.htmlEscape(first.name()),
                "<p class=\"handout-dose\">" + dose + "</p>", "<ol class=\"handout-instructions\">",
                org.springframework.web.util.HtmlUtils.htmlEscape(first.instructions().getFirst()));

        try (PDDocument document = Loader.loadPDF(getBytes("/s/" + working.token() + "/handout.pdf").body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).containsSubsequence("1. " + first.name(), dose, "1. " + first.instructions().getFirst(),
                    "2. " + published.steps().get(1).name());
        }
    }

    @Test
    void theHandoutAndThePdfPrintAStepsNoteForTheAthleteWithThatStepOnly() throws Exception {
        var published = publishing.versionForShareLink(routine.id(), null).orElseThrow().routine();
        assertThat(published.steps().getFirst().dose().note()).isEqualTo(NOTE);
        assertThat(published.steps().subList(1, 3)).allSatisfy(step -> assertThat(step.dose().note()).isEmpty());

        String html = get("/s/" + working.token() + "/handout").body();
        List<String> steps = List.of(html.substring(html.indexOf("<li class=\"handout-step\">")).split("<li class=\"handout-step\">"));
        assertThat(steps.get(1)).as("the first step").contains("<p class=\"handout-note\"><strong>Note from your coach:</strong> "
                + org.springframework.web.util.HtmlUtils.htmlEscape(NOTE) + "</p>");
        assertThat(steps.subList(2, steps.size())).hasSize(2).allSatisfy(step -> assertThat(step).doesNotContain("Note from your coach"));

        try (PDDocument document = Loader.loadPDF(getBytes("/s/" + working.token() + "/handout.pdf").body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).containsSubsequence("1. " + published.steps().getFirst().name(), "Note from your coach: " + NOTE,
                    "2. " + published.steps().get(1).name());
            assertThat(text.split("Note from your coach", -1)).as("once: only the first step has a note").hasSize(2);
        }
    }

    @Test
    void thePdfHasEveryStepByNameOnA4OrLetter() throws Exception {
        HttpResponse<byte[]> pdf = getBytes("/s/" + working.token() + "/handout.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).startsWith("attachment").contains("script-alert-x-script-track-cool-down.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (StretchCard stretch : List.of(stretches.get(0), stretches.get(1), stretches.get(2))) {
                assertThat(text).contains(stretch.name());
            }
            assertThat(text).contains("<script>alert('x')</script> Track cool-down", "From Casey <Coach>",
                    "Note from your coach: " + NOTE);
            assertThat(text).as("what the PDF's font cannot draw becomes the replacement glyph").contains("Easy \u2192 steady \ufffd \u00c5");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        }
        try (PDDocument letter = Loader.loadPDF(getBytes("/s/" + working.token() + "/handout.pdf?paper=letter").body())) {
            assertThat(letter.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
        }
    }

    @Test
    void aCoachPrintsTheirOwnRoutineAndNoOneElseCan() throws Exception {
        assertThat(get("/routines/" + routine.id() + "/handout").statusCode()).as("anonymous: to login").isEqualTo(302);

        logIn("casey@example.com", "casey-password-1");
        HttpResponse<String> own = get("/routines/" + routine.id() + "/handout");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(org.springframework.web.util.HtmlUtils.htmlEscape(stretches.get(2).name()),
                "/my-routines/" + routine.id());
        try (PDDocument document = Loader.loadPDF(getBytes("/routines/" + routine.id() + "/handout.pdf").body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(stretches.get(0).name());
        }

        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        accounts.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        logIn("dana@example.com", "dana-password-12");
        assertThat(get("/routines/" + routine.id() + "/handout").statusCode()).isEqualTo(404);
        assertThat(get("/routines/" + routine.id() + "/handout.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void theGonePageTheHandoutAndThePdfAreInTheReadersLanguageAndVaryByIt() throws Exception {
        HttpResponse<String> gone = get("/s/AAAAAAAAAAAAAAAAAAAAAB", "de-CH,de;q=0.9,en;q=0.5");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("<html lang=\"de\">", "Dieser Link funktioniert nicht mehr",
                "Bitte die Person, die ihn dir geschickt hat").doesNotContain("This link no longer works", "Ask whoever");
        assertThat(gone.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));
        assertThat(get("/s/AAAAAAAAAAAAAAAAAAAAAB", "fr").body()).as("a language Limber does not speak").contains("This link no longer works");

        HttpResponse<String> handout = get("/s/" + working.token() + "/handout", "es-MX,es;q=0.9");
        assertThat(handout.statusCode()).isEqualTo(200);
        assertThat(handout.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));
        assertThat(handout.body()).contains("<html lang=\"es\">", "\u00b7 Hoja imprimible \u00b7 Limber</title>",
                ">Imprimir</button>", ">Descargar PDF</a>", ">Usar papel carta (EE. UU.)</a>", "Papel: A4",
                "De Casey &lt;Coach&gt; \u00b7 versión 1", "3 pasos \u00b7 ", "Escanéalo para seguirla en tu móvil",
                "<strong>Nota de tu entrenador:</strong>", "Mantén 30 s \u00b7 2 repeticiones \u00b7 ")
                .doesNotContain(">Print<", "Download PDF", "Use US Letter", "Paper:", "From Casey", "Scan to follow",
                        "Note from your coach", " steps", "Any time", "Hold 30 s", "each side", " reps");

        try (PDDocument document = Loader.loadPDF(getBytes("/s/" + working.token() + "/handout.pdf", "de").body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Von Casey <Coach> \u00b7 Version 1", "30 s halten \u00b7 2 Wiederholungen \u00b7 ", "3 Schritte \u00b7 ", "Notiz von deinem Coach: " + NOTE,
                    "Seite 1").doesNotContain("From Casey", "Note from your coach", "Page 1", " steps", "Hold 30 s", " reps");
        }

        // a missing photo ends on Limber's error page (the container's error dispatch), in the reader's language
        HttpResponse<String> noPhoto = get("/s/" + working.token() + "/photos/" + "Z".repeat(22), "de");
        assertThat(noPhoto.statusCode()).isEqualTo(404);
        assertThat(noPhoto.body()).contains("<html lang=\"de\">", "<title>Hier ist nichts \u00b7 Limber</title>",
                "Zur Startseite von Limber").doesNotContain("Nothing here", "Go to Limber home");
        assertThat(noPhoto.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));

        HttpResponse<String> unsubscribe = get("/unsubscribe/no-such-token", "es");
        assertThat(unsubscribe.statusCode()).isEqualTo(404);
        assertThat(unsubscribe.body()).contains("<html lang=\"es\">", "Este enlace para darte de baja no funciona")
                .doesNotContain("This unsubscribe link");
    }

    private void logIn(String email, String password) throws Exception {
        Matcher csrf = CSRF_META.matcher(get("/login").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password=" + encode(password)
                        + "&_csrf=" + encode(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Asked for by a browser whose languages are these ({@code Accept-Language}). */
    private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String acceptLanguage) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
