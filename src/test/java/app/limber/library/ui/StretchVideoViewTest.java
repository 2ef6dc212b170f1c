package app.limber.library.ui;

import app.limber.base.ui.VideoLoop;
import app.limber.body.Muscle;
import app.limber.library.LibraryService;
import app.limber.library.Position;
import app.limber.library.StretchDraft;
import app.limber.library.StretchKind;
import app.limber.library.StretchVideo;
import app.limber.library.StretchVideoService;
import app.limber.library.TestVideos;
import app.limber.library.TestPhotos;
import app.limber.library.InvalidPhotoException;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A coach adds a video to a stretch of their own on its page: MP4 with H.264 or WebM with VP8 or
 * VP9, told by the content whatever the file is called; anything else, a file cut short and one
 * over 50 MB are refused next to the upload and nothing is stored.
 */
class StretchVideoViewTest extends UiTest {

    @Autowired LibraryService library;
    @Autowired StretchVideoService videos;

    private long stretchId;

    @BeforeEach
    void aCoachsOwnStretch() {
        signInAsCoach();
        stretchId = library.create(new StretchDraft("Step calf drop", "", List.of("Do it."), List.of(), List.of(),
                StretchKind.STATIC, Position.STANDING, Set.of(), Set.of(), 30, 1, false, List.of(Muscle.CALF_SOLEUS),
                List.of(), "")).id();
        UI.getCurrent().navigate(StretchView.class, new RouteParameters(StretchView.ID, String.valueOf(stretchId)));
    }

    @Test
    void anH264Mp4NamedWebmIsTakenAsMp4StoredAsItCameWithAPosterFromItsFirstFrameAndShownOnThePage() throws IOException {
        byte[] clip = TestVideos.h264Mp4();

        _upload(videoUpload(), "calf.webm", "video/webm", clip);

        assertThat(message()).isEqualTo("Video added (H.264, 160 \u00d7 120 px).");
        StretchVideo stored = videos.video(stretchId).orElseThrow();
        assertThat(stored.token()).matches("[A-Za-z0-9_-]{22}");
        assertThat(stored.mediaType()).isEqualTo("video/mp4");
        assertThat(stored.size()).isEqualTo(clip.length);
        assertThat(stored.poster()).isTrue();
        assertThat(read(stored.token())).isEqualTo(clip);
        BufferedImage poster = poster(stored.token());
        assertThat(poster.getWidth()).isEqualTo(160);
        assertThat(poster.getHeight()).isEqualTo(120);
        assertThat(colours(poster)).as("the test pattern's colour bars, not a blank frame").isGreaterThan(5);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        ImageIO.write(poster, "png", new java.io.File("target/screenshots/video-poster-h264.png"));
        assertThat(_get(VideoLoop.class).address()).isEqualTo("videos/" + stored.token());
        assertThat(library.find(stretchId).orElseThrow().video()).isEqualTo(stored.token());
        assertThat(_get(VideoLoop.class).getElement().hasAttribute("poster-target")).as("the server made its poster").isFalse();
    }

    @Test
    void theBrowsersFrameOfAVp9VideoIsCheckedLikeAPhotoAndBecomesItsPosterOnce() throws IOException {
        _upload(videoUpload(), "calf.webm", "video/webm", TestVideos.vp9WebM());
        String token = videos.video(stretchId).orElseThrow().token();

        assertThatThrownBy(() -> videos.addPoster(stretchId, token, new ByteArrayInputStream("not a picture".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidPhotoException.class);
        assertThat(videos.video(stretchId).orElseThrow().poster()).isFalse();

        assertThat(videos.addPoster(stretchId, token, new ByteArrayInputStream(TestPhotos.png(160, 120)))).isTrue();
        assertThat(videos.video(stretchId).orElseThrow().poster()).isTrue();
        assertThat(poster(token).getWidth()).isEqualTo(160);
        assertThat(videos.addPoster(stretchId, token, new ByteArrayInputStream(TestPhotos.png(80, 60))))
                .as("a poster once there stays").isFalse();
        assertThat(poster(token).getWidth()).isEqualTo(160);
    }

    @Test
    void aVp8WebmGetsItsPosterDecodedOnTheServerAndAVp9OneIsTakenWithoutItsPosterYet() throws IOException {
        _upload(videoUpload(), "calf.webm", "video/webm", TestVideos.vp8WebM());

        StretchVideo vp8 = videos.video(stretchId).orElseThrow();
        assertThat(vp8.codec()).isEqualTo("VP8");
        assertThat(vp8.mediaType()).isEqualTo("video/webm");
        assertThat(colours(poster(vp8.token()))).isGreaterThan(5);

        _upload(videoUpload(), "calf.webm", "video/webm", TestVideos.vp9WebM());

        assertThat(message()).startsWith("Video replaced (VP9, 160 \u00d7 120 px).");
        StretchVideo vp9 = videos.video(stretchId).orElseThrow();
        assertThat(vp9.codec()).isEqualTo("VP9");
        assertThat(vp9.poster()).as("jcodec has no VP9 decoder: the coach's browser sends it").isFalse();
        assertThat(_get(VideoLoop.class).getElement().hasAttribute("poster-target")).as("the page asks the browser for it").isTrue();
        assertThat(read(vp9.token())).isEqualTo(TestVideos.vp9WebM());
        assertThat(jdbc.queryForObject("select count(*) from stretch_video where removed_at is not null", Integer.class))
                .as("the replaced video keeps its row for the versions that show it").isEqualTo(1);
    }

    @Test
    void aVideoOfSeveralChunksIsReadBackByteForByte() {
        byte[] clip = TestVideos.h264Mp4Of(700_000);

        _upload(videoUpload(), "long.mp4", "video/mp4", clip);

        String token = videos.video(stretchId).orElseThrow().token();
        assertThat(jdbc.queryForObject("select count(*) from stretch_video_chunk", Integer.class)).isEqualTo(3);
        assertThat(read(token)).isEqualTo(clip);
    }

    @Test
    void anHevcMp4IsRefusedSayingWhatToDoAndNothingIsStored() {
        _upload(videoUpload(), "IMG_0042.MP4", "video/mp4", TestVideos.hevcMp4());

        assertThat(message()).startsWith("This MP4 video is not H.264 (phones often record HEVC");
        assertThat(_get(StretchView.class).videoMessage.getClassNames()).contains("limber-upload-refused");
        assertNothingStored();
    }

    @Test
    void aTextFileNamedMp4AndAMatroskaFileAreRefused() {
        _upload(videoUpload(), "calf.mp4", "video/mp4", "just some notes, not a video".getBytes(StandardCharsets.UTF_8));
        assertThat(message()).isEqualTo("This file is not an MP4 (H.264) or WebM video. Choose a video in one of these formats.");

        _upload(videoUpload(), "calf.webm", "video/webm", TestVideos.theoraMkv());
        assertThat(message()).startsWith("This is a Matroska (MKV) file, not WebM.");
        assertNothingStored();
    }

    @Test
    void aVideoCutShortIsRefusedAsIncomplete() {
        byte[] mp4 = TestVideos.h264Mp4();
        byte[] webm = TestVideos.vp9WebM();

        _upload(videoUpload(), "calf.mp4", "video/mp4", Arrays.copyOf(mp4, mp4.length / 2));
        assertThat(message()).startsWith("This video is incomplete");
        _upload(videoUpload(), "calf.webm", "video/webm", Arrays.copyOf(webm, webm.length * 2 / 3));
        assertThat(message()).startsWith("This video is incomplete");
        assertNothingStored();
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedAndNothingIsStored() {
        _upload(videoUpload(), "huge.mp4", "video/mp4", TestVideos.h264Mp4Of(50 * 1024 * 1024 + 1));

        assertThat(message()).startsWith("This video is larger than 50 MB.");
        assertNothingStored();
    }

    @Test
    void removingTheVideoTakesItOffThePageAndKeepsItsRows() {
        _upload(videoUpload(), "calf.mp4", "video/mp4", TestVideos.h264Mp4());
        assertThat(_find(VideoLoop.class)).hasSize(1);

        _click(_get(Button.class, spec -> spec.withText("Remove video")));

        assertThat(message()).startsWith("Video removed.");
        assertThat(videos.video(stretchId)).isEmpty();
        assertThat(_find(VideoLoop.class)).isEmpty();
        assertThat(library.find(stretchId).orElseThrow().video()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from stretch_video_chunk", Integer.class)).isPositive();
    }

    private void assertNothingStored() {
        assertThat(videos.video(stretchId)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from stretch_video", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from stretch_video_chunk", Integer.class)).isZero();
        assertThat(_find(VideoLoop.class)).isEmpty();
    }

    private String message() {
        return _get(StretchView.class).videoMessage.getText();
    }

    private static Upload videoUpload() {
        return _get(Upload.class, spec -> spec.withId("video-upload"));
    }

    private byte[] read(String token) {
        try (InputStream in = videos.content(token).orElseThrow().getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private BufferedImage poster(String token) throws IOException {
        var out = new ByteArrayOutputStream();
        videos.copyPoster(token, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image).as("the poster is a JPEG").isNotNull();
        return image;
    }

    /** How many clearly different colours the picture has (in steps of 64 per channel). */
    private static long colours(BufferedImage image) {
        var seen = new java.util.HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                seen.add((rgb >> 22 & 3) << 4 | (rgb >> 14 & 3) << 2 | rgb >> 6 & 3);
            }
        }
        return seen.size();
    }
}
