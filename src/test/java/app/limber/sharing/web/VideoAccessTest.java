package app.limber.sharing.web;

import app.limber.body.Muscle;
import app.limber.coaching.PublishingService;
import app.limber.library.LibraryService;
import app.limber.library.Position;
import app.limber.library.StretchDraft;
import app.limber.library.StretchKind;
import app.limber.library.StretchVideoService;
import app.limber.library.TestVideos;
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
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach's video over HTTP through the real filter chain: served whole and by byte ranges (so
 * phones can seek), with its poster, to its coach, to athletes given a version that shows it and
 * to viewers of a share link whose version shows it; anyone else gets the same 404. Published
 * versions keep the video they had.
 */
class VideoAccessTest extends LimberTest {

    /** Three chunks of 256 KB and a bit: ranges cross chunk boundaries. */
    private static final int SIZE = 700_000;
    private static final int CHUNK = 256 * 1024;

    @Autowired LibraryService library;
    @Autowired StretchVideoService videos;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired SharingService sharing;

    private final byte[] clip = TestVideos.h264Mp4Of(SIZE);
    private Person casey;
    private RoutineDetails routine;
    private String video;
    private String shareToken;
    private String revokedToken;
    private long stretchId;

    @BeforeEach
    void caseyPublishesARoutineWithAVideoOfHerOwnStretchAndGivesItToAna() {
        casey = given.aCoach();
        Person ana = given.anAthleteOf(casey);
        given.anAthleteOf(casey, Fixtures.BEN);
        given.aCoach(Fixtures.DANA);
        authenticateAs(casey.email());
        stretchId = library.create(new StretchDraft("Step calf drop", "", List.of("Do it."), List.of(), List.of(),
                StretchKind.STATIC, Position.STANDING, Set.of(), Set.of(), 30, 1, false, List.of(Muscle.CALF_SOLEUS),
                List.of(), "")).id();
        video = videos.add(stretchId, new ByteArrayInputStream(clip)).token();
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
    void theWholeVideoIs200WithItsLengthTypeAndRangesOnOffer() throws Exception {
        HttpResponse<byte[]> whole = coach().get("/videos/" + video);

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
        assertThat(whole.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(whole.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("media-src 'self'"));
        assertThat(whole.body()).isEqualTo(clip);
    }

    @Test
    void aRangeFromToAnOpenRangeAndASuffixAre206WithTheirContentRange() throws Exception {
        HttpVisitor coach = coach();

        HttpResponse<byte[]> start = coach.get("/videos/" + video, "Range", "bytes=0-99");
        assertThat(start.statusCode()).isEqualTo(206);
        assertThat(start.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + SIZE);
        assertThat(start.headers().firstValueAsLong("Content-Length")).hasValue(100);
        assertThat(start.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(start.body()).isEqualTo(Arrays.copyOfRange(clip, 0, 100));

        int from = CHUNK - 50;
        HttpResponse<byte[]> acrossChunks = coach.get("/videos/" + video, "Range", "bytes=" + from + "-" + (from + CHUNK + 99));
        assertThat(acrossChunks.statusCode()).isEqualTo(206);
        assertThat(acrossChunks.headers().firstValue("Content-Range")).hasValue("bytes " + from + "-" + (from + CHUNK + 99) + "/" + SIZE);
        assertThat(acrossChunks.body()).isEqualTo(Arrays.copyOfRange(clip, from, from + CHUNK + 100));

        HttpResponse<byte[]> toTheEnd = coach.get("/videos/" + video, "Range", "bytes=600000-");
        assertThat(toTheEnd.statusCode()).isEqualTo(206);
        assertThat(toTheEnd.headers().firstValue("Content-Range")).hasValue("bytes 600000-" + (SIZE - 1) + "/" + SIZE);
        assertThat(toTheEnd.body()).isEqualTo(Arrays.copyOfRange(clip, 600_000, SIZE));

        HttpResponse<byte[]> suffix = coach.get("/videos/" + video, "Range", "bytes=-500");
        assertThat(suffix.statusCode()).isEqualTo(206);
        assertThat(suffix.headers().firstValue("Content-Range")).hasValue("bytes " + (SIZE - 500) + "-" + (SIZE - 1) + "/" + SIZE);
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(clip, SIZE - 500, SIZE));
    }

    @Test
    void aRangePastTheEndIs416SayingTheLength() throws Exception {
        HttpResponse<byte[]> past = coach().get("/videos/" + video, "Range", "bytes=" + SIZE + "-" + (SIZE + 100));

        assertThat(past.statusCode()).isEqualTo(416);
        assertThat(past.headers().firstValue("Content-Range")).hasValue("bytes */" + SIZE);
    }

    @Test
    void itsTokenIsItsETagAndAsKnownCopyIs304() throws Exception {
        HttpVisitor coach = coach();
        String etag = coach.get("/videos/" + video).headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + video + "\"");

        HttpResponse<byte[]> again = coach.get("/videos/" + video, "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void itsPosterIsAJpegOfItsFirstFrame() throws Exception {
        HttpResponse<byte[]> poster = coach().get("/videos/" + video + "/poster");

        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(poster.body())).getWidth()).isEqualTo(160);
    }

    @Test
    void anotherCoachAnAthleteWithoutTheVersionAndSomeoneNotSignedInDoNotGetIt() throws Exception {
        HttpVisitor dana = HttpVisitor.signedIn(port, Fixtures.DANA.email(), Fixtures.DANA.password());
        HttpResponse<byte[]> danaVideo = dana.get("/videos/" + video, "Range", "bytes=0-99");
        HttpResponse<byte[]> danaPoster = dana.get("/videos/" + video + "/poster");
        HttpVisitor ben = HttpVisitor.signedIn(port, Fixtures.BEN.email(), Fixtures.BEN.password());
        HttpResponse<byte[]> benVideo = ben.get("/videos/" + video);
        HttpResponse<byte[]> nobody = HttpVisitor.anonymous(port).get("/videos/" + video);

        assertThat(danaVideo.statusCode()).as("another coach").isEqualTo(404);
        assertThat(danaPoster.statusCode()).as("another coach, the poster").isEqualTo(404);
        assertThat(benVideo.statusCode()).as("an athlete of hers who was not given it").isEqualTo(404);
        assertThat(text(danaVideo)).as("Limber's own page, no exception text")
                .contains("<title>Nothing here · Limber</title>").doesNotContain("Whitelabel", "Exception");
        assertThat(text(danaPoster)).as("the poster's too").contains("<title>Nothing here · Limber</title>");
        assertThat(nobody.statusCode()).as("not signed in: to the login").isEqualTo(302);
        assertThat(text(danaVideo)).isEqualTo(text(benVideo))
                .isEqualTo(text(dana.get("/videos/AAAAAAAAAAAAAAAAAAAAAA")));
    }

    @Test
    void theAthleteGivenTheRoutineSeesItAndKeepsItWhenReplacedUntilANewVersionShowsTheNewOne() throws Exception {
        HttpVisitor ana = HttpVisitor.signedIn(port, Fixtures.ANA.email(), Fixtures.ANA.password());
        assertThat(ana.get("/videos/" + video, "Range", "bytes=0-99").statusCode()).isEqualTo(206);
        assertThat(ana.get("/videos/" + video + "/poster").statusCode()).isEqualTo(200);

        authenticateAs(casey.email());
        String replacement = videos.add(stretchId, new ByteArrayInputStream(TestVideos.vp8WebM())).token();
        assertThat(ana.get("/videos/" + video).statusCode()).as("the published version keeps its video").isEqualTo(200);
        assertThat(ana.get("/videos/" + replacement).statusCode()).as("not published yet").isEqualTo(404);
        assertThat(coach().get("/videos/" + video).statusCode()).as("its coach still sees what she published").isEqualTo(200);

        publishing.publish(routine.id(), "A new video");
        assertThat(ana.get("/videos/" + video).statusCode()).as("the new version has the other video").isEqualTo(404);
        HttpResponse<byte[]> now = ana.get("/videos/" + replacement);
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(now.headers().firstValue("Content-Type")).hasValue("video/webm");
    }

    @Test
    void aWorkingShareLinkServesItByRangesARevokedOneDoesNotAndNeitherServesAVideoItsVersionLacks() throws Exception {
        authenticateAs(casey.email());
        long other = library.create(new StretchDraft("Wall calf", "", List.of("Do it."), List.of(), List.of(),
                StretchKind.STATIC, Position.STANDING, Set.of(), Set.of(), 30, 1, false, List.of(Muscle.CALF_SOLEUS),
                List.of(), "")).id();
        String notInTheRoutine = videos.add(other, new ByteArrayInputStream(TestVideos.vp8WebM())).token();
        HttpVisitor viewer = HttpVisitor.anonymous(port);

        HttpResponse<byte[]> shared = viewer.get("/s/" + shareToken + "/videos/" + video, "Range", "bytes=-100");
        assertThat(shared.statusCode()).isEqualTo(206);
        assertThat(shared.body()).isEqualTo(Arrays.copyOfRange(clip, SIZE - 100, SIZE));
        assertThat(shared.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(shared.headers().allValues("Set-Cookie")).as("a video makes no session").isEmpty();
        assertThat(viewer.get("/s/" + shareToken + "/videos/" + video + "/poster").statusCode()).isEqualTo(200);

        assertThat(viewer.get("/s/" + revokedToken + "/videos/" + video).statusCode()).as("revoked").isEqualTo(404);
        assertThat(viewer.get("/s/" + revokedToken + "/videos/" + video + "/poster").statusCode()).as("revoked").isEqualTo(404);
        assertThat(viewer.get("/s/" + shareToken + "/videos/" + notInTheRoutine).statusCode()).as("not in its version").isEqualTo(404);
    }

    private HttpVisitor coach() throws Exception {
        return HttpVisitor.signedIn(port, casey.email(), Fixtures.CASEY.password());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
