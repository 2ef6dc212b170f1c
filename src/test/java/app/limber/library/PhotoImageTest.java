package app.limber.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A phone's photo stands the way it was held: the EXIF orientation is applied to the pixels before the EXIF goes. */
class PhotoImageTest {

    @TempDir
    Path folder;

    @Test
    void aPhotoTaggedToTurnAQuarterIsStoredUpright() throws IOException {
        Path file = folder.resolve("IMG_0007.JPG");
        Files.write(file, TestPhotos.jpegWithOrientation(400, 300, 6));

        assertThat(PhotoImage.exifOrientation(file)).isEqualTo(6);
        PhotoImage.Prepared photo = PhotoImage.prepare(file, 1600, 480);

        assertThat(photo.width()).isEqualTo(300);
        assertThat(photo.height()).isEqualTo(400);
    }

    @Test
    void aPhotoWithoutTheTagStaysAsItIs() throws IOException {
        Path file = folder.resolve("plain.jpg");
        Files.write(file, TestPhotos.jpegWithGps(400, 300));

        assertThat(PhotoImage.exifOrientation(file)).isEqualTo(1);
        assertThat(PhotoImage.prepare(file, 1600, 480).width()).isEqualTo(400);
    }

    @Test
    void eachOfTheEightOrientationsPutsEveryPixelWhereTheTagSays() {
        int width = 3;
        int height = 2;
        var source = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                source.setRGB(x, y, 0x10 * (x + 1) << 8 | 0x10 * (y + 1));
            }
        }
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage shown = PhotoImage.upright(source, orientation);
            boolean swapped = orientation >= 5;
            assertThat(shown.getWidth()).as("orientation %d", orientation).isEqualTo(swapped ? height : width);
            for (int x = 0; x < shown.getWidth(); x++) {
                for (int y = 0; y < shown.getHeight(); y++) {
                    int[] from = switch (orientation) {
                        case 1 -> new int[]{x, y};
                        case 2 -> new int[]{width - 1 - x, y};
                        case 3 -> new int[]{width - 1 - x, height - 1 - y};
                        case 4 -> new int[]{x, height - 1 - y};
                        case 5 -> new int[]{y, x};
                        case 6 -> new int[]{y, height - 1 - x};
                        case 7 -> new int[]{width - 1 - y, height - 1 - x};
                        default -> new int[]{width - 1 - y, x};
                    };
                    assertThat(shown.getRGB(x, y) & 0xffffff).as("orientation %d at %d,%d", orientation, x, y)
                            .isEqualTo(source.getRGB(from[0], from[1]) & 0xffffff);
                }
            }
        }
    }
}
