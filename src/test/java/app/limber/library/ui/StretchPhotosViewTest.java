package app.limber.library.ui;

import app.limber.body.Muscle;
import app.limber.library.LibraryService;
import app.limber.library.Position;
import app.limber.library.StretchDraft;
import app.limber.library.StretchKind;
import app.limber.library.StretchPhoto;
import app.limber.library.StretchPhotoService;
import app.limber.library.TestPhotos;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** A coach adds photos to a stretch of their own on its page: what is taken, what is refused, and what is kept of it. */
class StretchPhotosViewTest extends UiTest {

    @Autowired LibraryService library;
    @Autowired StretchPhotoService photos;

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
    void aPngNamedJpgIsTakenAsAPngScaledToTheLongestSideAndShownWithAThumbnail() throws IOException {
        _upload(photoUpload(), "calf.jpg", "image/jpeg", TestPhotos.png(2400, 1200));

        assertThat(message()).startsWith("Photo added (PNG, stored at 1600 \u00d7 800 px");
        List<StretchPhoto> stored = photos.photos(stretchId);
        assertThat(stored).singleElement().satisfies(photo -> {
            assertThat(photo.sourceFormat()).isEqualTo("PNG");
            assertThat(photo.token()).matches("[A-Za-z0-9_-]{22}");
        });
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(read(stored.getFirst().token(), false)));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(800);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(read(stored.getFirst().token(), true)));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(480);
        assertThat(_find(Image.class).stream().map(Image::getSrc).toList())
                .containsExactly("photos/" + stored.getFirst().token() + "/thumbnail");
    }

    @Test
    void aWebpPhotoIsTakenAndStoredAsAJpegOfItsSize() throws IOException {
        byte[] webp;
        try (var in = getClass().getResourceAsStream("/photos/calf-320x200.webp")) {
            webp = in.readAllBytes(); // drawn and encoded by Chromium
        }

        _upload(photoUpload(), "calf.webp", "image/webp", webp);

        assertThat(message()).startsWith("Photo added (WebP, stored at 320 \u00d7 200 px");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(read(photos.photos(stretchId).getFirst().token(), false)));
        assertThat(image.getWidth()).isEqualTo(320);
    }

    @Test
    void aTextFileNamedPngIsRefusedWithAMessageNextToTheUploadAndNothingIsStored() {
        _upload(photoUpload(), "calf.png", "image/png", "just some notes, not a picture".getBytes(StandardCharsets.UTF_8));

        assertThat(message()).isEqualTo("This file is not a JPEG, PNG or WebP photo. Choose a photo in one of these formats.");
        assertThat(_get(StretchView.class).uploadMessage.getClassNames()).contains("limber-upload-refused");
        assertThat(photos.photos(stretchId)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from stretch_photo", Integer.class)).isZero();
    }

    @Test
    void aFileOverTenMegabytesIsRefusedAndNothingIsStored() {
        byte[] large = Arrays.copyOf(TestPhotos.jpegWithGps(64, 64), 10 * 1024 * 1024 + 1);

        _upload(photoUpload(), "huge.jpg", "image/jpeg", large);

        assertThat(message()).startsWith("This file is larger than 10 MB.");
        assertThat(jdbc.queryForObject("select count(*) from stretch_photo", Integer.class)).isZero();
    }

    @Test
    void aDamagedPhotoIsRefusedSayingWhatItSeemedToBe() {
        byte[] png = TestPhotos.png(200, 100);

        _upload(photoUpload(), "calf.png", "image/png", Arrays.copyOf(png, 40));

        assertThat(message()).startsWith("This file starts like a PNG photo but cannot be read");
        assertThat(photos.photos(stretchId)).isEmpty();
    }

    @Test
    void theGpsPositionInAPhotosExifIsGoneWhenItIsReadBack() {
        byte[] original = TestPhotos.jpegWithGps(800, 600);
        assertThat(TestPhotos.contains(original, TestPhotos.GPS_LATITUDE)).as("the upload carries its position").isTrue();
        assertThat(TestPhotos.contains(original, "Exif\0\0".getBytes(StandardCharsets.US_ASCII))).isTrue();

        _upload(photoUpload(), "IMG_0042.JPG", "image/jpeg", original);

        String token = photos.photos(stretchId).getFirst().token();
        for (boolean thumbnail : new boolean[]{false, true}) {
            byte[] stored = read(token, thumbnail);
            assertThat(TestPhotos.contains(stored, TestPhotos.GPS_LATITUDE)).as("no latitude").isFalse();
            assertThat(TestPhotos.contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).as("no EXIF at all").isFalse();
            assertThat(TestPhotos.contains(stored, new byte[]{(byte) 0xff, (byte) 0xe1})).as("no APP1 segment").isFalse();
        }
    }

    @Test
    void threePhotosAtMostThenTheUploadMakesWayAndRemovingOneBringsItBack() {
        for (int photo = 0; photo < 3; photo++) {
            _upload(photoUpload(), "calf-" + photo + ".png", "image/png", TestPhotos.png(300 + photo, 200));
        }

        assertThat(photos.photos(stretchId)).hasSize(3);
        assertThat(_find(Upload.class, spec -> spec.withId("photo-upload"))).as("no fourth").isEmpty();
        assertThat(_find(Image.class)).hasSize(3);

        _click(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Remove")).getFirst());

        assertThat(photos.photos(stretchId)).hasSize(2);
        assertThat(message()).startsWith("Photo removed.");
        assertThat(_find(Upload.class, spec -> spec.withId("photo-upload"))).hasSize(1);
    }

    private String message() {
        return _get(StretchView.class).uploadMessage.getText();
    }

    private byte[] read(String token, boolean thumbnail) {
        var out = new ByteArrayOutputStream();
        assertThat(photos.copy(token, thumbnail, out)).isTrue();
        return out.toByteArray();
    }

    private static Upload photoUpload() {
        return _get(Upload.class, spec -> spec.withId("photo-upload"));
    }
}
