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
import app.limber.support.HttpVisitor;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees a coach's photo of their stretch, over HTTP through the real filter chain: its coach,
 * athletes given a version that shows it, viewers of a share link whose version shows it; no one
 * else, with the same 404 whatever the reason. Published versions keep the photos they had.
 */
class PhotoAccessTest extends LimberTest {

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
        HttpVisitor coach = HttpVisitor.signedIn(port, casey.email(), Fixtures.CASEY.password());

        HttpResponse<byte[]> full = coach.get("/photos/" + photo);
        HttpResponse<byte[]> thumbnail = coach.get("/photos/" + photo + "/thumbnail");

        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(full.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(ImageIO.read(new ByteArrayInputStream(full.body())).getWidth()).isEqualTo(640);
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth()).isEqualTo(480);
    }

    @Test
    void anotherCoachAnAthleteWithoutTheVersionAndSomeoneNotSignedInDoNotGetIt() throws Exception {
        HttpResponse<byte[]> dana = HttpVisitor.signedIn(port, Fixtures.DANA.email(), Fixtures.DANA.password()).get("/photos/" + photo);
        HttpResponse<byte[]> ben = HttpVisitor.signedIn(port, Fixtures.BEN.email(), Fixtures.BEN.password())
                .get("/photos/" + photo + "/thumbnail");
        HttpResponse<byte[]> nobody = HttpVisitor.anonymous(port).get("/photos/" + photo);

        assertThat(dana.statusCode()).as("another coach").isEqualTo(404);
        assertThat(ben.statusCode()).as("an athlete of hers who was not given it").isEqualTo(404);
        assertThat(nobody.statusCode()).as("not signed in: to the login").isEqualTo(302);
        assertThat(new String(dana.body(), StandardCharsets.UTF_8)).isEqualTo(new String(ben.body(), StandardCharsets.UTF_8))
                .isEqualTo(new String(HttpVisitor.signedIn(port, Fixtures.DANA.email(), Fixtures.DANA.password())
                        .get("/photos/AAAAAAAAAAAAAAAAAAAAAA").body(), StandardCharsets.UTF_8));
    }

    @Test
    void theAthleteGivenTheRoutineSeesItAndKeepsItUntilANewVersionLeavesItOut() throws Exception {
        HttpVisitor ana = HttpVisitor.signedIn(port, Fixtures.ANA.email(), Fixtures.ANA.password());
        assertThat(ana.get("/photos/" + photo).statusCode()).isEqualTo(200);

        authenticateAs(casey.email());
        photos.remove(stretchId, photo);
        assertThat(ana.get("/photos/" + photo).statusCode()).as("the published version keeps its photo").isEqualTo(200);
        assertThat(HttpVisitor.signedIn(port, casey.email(), Fixtures.CASEY.password()).get("/photos/" + photo).statusCode())
                .as("and its coach still sees what she published").isEqualTo(200);

        publishing.publish(routine.id(), "Without the photo");
        assertThat(ana.get("/photos/" + photo).statusCode()).as("the new version has no photo").isEqualTo(404);
    }

    @Test
    void aWorkingShareLinkShowsItARevokedOneDoesNotAndNeitherServesAPhotoItsVersionLacks() throws Exception {
        authenticateAs(casey.email());
        long other = library.create(new StretchDraft("Wall calf", "", List.of("Do it."), List.of(), List.of(),
                StretchKind.STATIC, Position.STANDING, Set.of(), Set.of(), 30, 1, false, List.of(Muscle.CALF_SOLEUS),
                List.of(), "")).id();
        String notInTheRoutine = photos.add(other, new ByteArrayInputStream(TestPhotos.png(300, 200))).token();
        HttpVisitor viewer = HttpVisitor.anonymous(port);

        HttpResponse<byte[]> shared = viewer.get("/s/" + shareToken + "/photos/" + photo);
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(shared.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(shared.headers().allValues("Set-Cookie")).as("a photo makes no session").isEmpty();
        assertThat(viewer.get("/s/" + shareToken + "/photos/" + photo + "/thumbnail").statusCode()).isEqualTo(200);

        assertThat(viewer.get("/s/" + revokedToken + "/photos/" + photo).statusCode()).as("revoked").isEqualTo(404);
        HttpResponse<byte[]> notInItsVersion = viewer.get("/s/" + shareToken + "/photos/" + notInTheRoutine);
        assertThat(notInItsVersion.statusCode()).as("not in its version").isEqualTo(404);
        assertThat(new String(notInItsVersion.body(), java.nio.charset.StandardCharsets.UTF_8)).as("Limber's own page")
                .contains("<title>Nothing here · Limber</title>", "Go to Limber home").doesNotContain("Whitelabel", "Exception");
        assertThat(notInItsVersion.headers().allValues("Set-Cookie")).as("nor does a missing one").isEmpty();
    }
}
