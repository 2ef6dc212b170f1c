package app.limber.sharing.web;

import app.limber.body.Muscle;
import app.limber.coaching.PublishingService;
import app.limber.library.LibraryService;
import app.limber.library.Position;
import app.limber.library.StretchDraft;
import app.limber.library.StretchKind;
import app.limber.library.StretchPhotoService;
import app.limber.library.TestPhotos;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees a coach's photo of their stretch, over HTTP through the real filter chain: its coach,
 * athletes given a version that shows it, viewers of a share link whose version shows it; no one
 * else, with the same 404 whatever the reason. Published versions keep the photos they had.
 */
class PhotoAccessTest extends LimberTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired LibraryService library;
    @Autowired StretchPhotoService photos;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired SharingService sharing;

    private Person casey;
    private RoutineDetails routine;
    private String photo;
    private String shareToken;
    private String revokedToken;
    private long stretchId;

    @BeforeEach
    void caseyPublishesARoutineWithAPhotoOfHerOwnStretchAndGivesItToAna() {
        casey = given.aCoach();
        Person ana = given.anAthleteOf(casey);
        given.anAthleteOf(casey, Fixtures.BEN);
        given.aCoach(Fixtures.DANA);
        authenticateAs(casey.email());
        stretchId = library.create(new StretchDraft("Step calf drop", "", List.of("Do it."), List.of(), List.of(),
                StretchKind.STATIC, Position.STANDING, Set.of(), Set.of(), 30, 1, false, List.of(Muscle.CALF_SOLEUS),
                List.of(), "")).id();
        photo = photos.add(stretchId, new ByteArrayInputStream(TestPhotos.png(640, 480))).token();
        routine = routines.create("Calf care");
        routine = routines.addStep(routine.id(), stretchId, 0);
        publishing.publish(routine.id(), "");
        given.give(casey, routine, ana);
        authenticateAs(casey.email());
        shareToken = sharing.create(routine.id(), "Club", null, Pin.LATEST_PUBLISHED).token();
        var revoked = sharing.create(routine.id(), "Old", null, Pin.LATEST_PUBLISHED);
        revokedToken = revoked.token();
        sharing.revoke(revoked.id());
    }

    @Test
    void theCoachSeesHerPhotoAndItsThumbnailAsJpegs() throws Exception {
        HttpClient coach = signedIn(casey.email(), Fixtures.CASEY.password());

        HttpResponse<byte[]> full = get(coach, "/photos/" + photo);
        HttpResponse<byte[]> thumbnail = get(coach, "/photos/" + photo + "/thumbnail");

        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(full.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(ImageIO.read(new ByteArrayInputStream(full.body())).getWidth()).isEqualTo(640);
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth()).isEqualTo(480);
    }

    @Test
    void anotherCoachAnAthleteWithoutTheVersionAndSomeoneNotSignedInDoNotGetIt() throws Exception {
        HttpResponse<byte[]> dana = get(signedIn(Fixtures.DANA.email(), Fixtures.DANA.password()), "/photos/" + photo);
        HttpResponse<byte[]> ben = get(signedIn(Fixtures.BEN.email(), Fixtures.BEN.password()), "/photos/" + photo + "/thumbnail");
        HttpResponse<byte[]> nobody = get(anonymous(), "/photos/" + photo);

        assertThat(dana.statusCode()).as("another coach").isEqualTo(404);
        assertThat(ben.statusCode()).as("an athlete of hers who was not given it").isEqualTo(404);
        assertThat(nobody.statusCode()).as("not signed in: to the login").isEqualTo(302);
        assertThat(new String(dana.body(), StandardCharsets.UTF_8)).isEqualTo(new String(ben.body(), StandardCharsets.UTF_8))
                .isEqualTo(new String(get(signedIn(Fixtures.DANA.email(), Fixtures.DANA.password()),
                        "/photos/AAAAAAAAAAAAAAAAAAAAAA").body(), StandardCharsets.UTF_8));
    }

    @Test
    void theAthleteGivenTheRoutineSeesItAndKeepsItUntilANewVersionLeavesItOut() throws Exception {
        HttpClient ana = signedIn(Fixtures.ANA.email(), Fixtures.ANA.password());
        assertThat(get(ana, "/photos/" + photo).statusCode()).isEqualTo(200);

        authenticateAs(casey.email());
        photos.remove(stretchId, photo);
        assertThat(get(ana, "/photos/" + photo).statusCode()).as("the published version keeps its photo").isEqualTo(200);
        assertThat(get(signedIn(casey.email(), Fixtures.CASEY.password()), "/photos/" + photo).statusCode())
                .as("and its coach still sees what she published").isEqualTo(200);

        publishing.publish(routine.id(), "Without the photo");
        assertThat(get(ana, "/photos/" + photo).statusCode()).as("the new version has no photo").isEqualTo(404);
    }

    @Test
    void aWorkingShareLinkShowsItARevokedOneDoesNotAndNeitherServesAPhotoItsVersionLacks() throws Exception {
        authenticateAs(casey.email());
        long other = library.create(new StretchDraft("Wall calf", "", List.of("Do it."), List.of(), List.of(),
                StretchKind.STATIC, Position.STANDING, Set.of(), Set.of(), 30, 1, false, List.of(Muscle.CALF_SOLEUS),
                List.of(), "")).id();
        String notInTheRoutine = photos.add(other, new ByteArrayInputStream(TestPhotos.png(300, 200))).token();
        HttpClient viewer = anonymous();

        HttpResponse<byte[]> shared = get(viewer, "/s/" + shareToken + "/photos/" + photo);
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(shared.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(shared.headers().allValues("Set-Cookie")).as("a photo makes no session").isEmpty();
        assertThat(get(viewer, "/s/" + shareToken + "/photos/" + photo + "/thumbnail").statusCode()).isEqualTo(200);

        assertThat(get(viewer, "/s/" + revokedToken + "/photos/" + photo).statusCode()).as("revoked").isEqualTo(404);
        HttpResponse<byte[]> notInItsVersion = get(viewer, "/s/" + shareToken + "/photos/" + notInTheRoutine);
        assertThat(notInItsVersion.statusCode()).as("not in its version").isEqualTo(404);
        assertThat(new String(notInItsVersion.body(), java.nio.charset.StandardCharsets.UTF_8)).as("Limber's own page")
                .contains("<title>Nothing here · Limber</title>", "Go to Limber home").doesNotContain("Whitelabel", "Exception");
        assertThat(notInItsVersion.headers().allValues("Set-Cookie")).as("nor does a missing one").isEmpty();
    }

    private HttpClient anonymous() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpClient signedIn(String email, String password) throws Exception {
        HttpClient http = anonymous();
        Matcher csrf = CSRF_META.matcher(new String(get(http, "/login").body(), StandardCharsets.UTF_8));
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password=" + encode(password)
                        + "&_csrf=" + encode(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return http;
    }

    private HttpResponse<byte[]> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
