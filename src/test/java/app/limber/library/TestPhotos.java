package app.limber.library;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Photo files for tests, made here: a PNG, and a JPEG that carries EXIF with a GPS position. */
public final class TestPhotos {

    /** The GPS latitude written into {@link #jpegWithGps}: 51° 46' 12.34" N, as EXIF rationals. */
    public static final byte[] GPS_LATITUDE = ByteBuffer.allocate(24)
            .putInt(51).putInt(1).putInt(46).putInt(1).putInt(1234).putInt(100).array();

    private TestPhotos() {
    }

    public static byte[] png(int width, int height) {
        return encoded(picture(width, height), "png");
    }

    /** A JPEG whose APP1 segment holds EXIF with a GPS IFD (latitude {@link #GPS_LATITUDE}, north). */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] plain = encoded(picture(width, height), "jpeg");
        byte[] tiff = gpsTiff();
        var exif = ByteBuffer.allocate(2 + 2 + 6 + tiff.length);
        exif.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + tiff.length))
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.writeBytes(exif.array());
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A JPEG as a phone stores one held upright: the sensor's picture and an EXIF orientation tag (little-endian TIFF). */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] plain = encoded(picture(width, height), "jpeg");
        var tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        tiff.put("II".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0).putInt(0);
        var exif = ByteBuffer.allocate(2 + 2 + 6 + tiff.capacity());
        exif.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + tiff.capacity()))
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array());
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.writeBytes(exif.array());
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** Big-endian TIFF: IFD0 with one entry (the GPS IFD's offset), the GPS IFD with latitude ref and latitude. */
    private static byte[] gpsTiff() {
        var tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + 2 + 2 * 12 + 4 + 24);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        int gpsIfd = 8 + 2 + 12 + 4;
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd).putInt(0);
        int latitude = gpsIfd + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2)
                .putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[]{'N', 0, 0, 0})
                .putShort((short) 2).putShort((short) 5).putInt(3).putInt(latitude)
                .putInt(0)
                .put(GPS_LATITUDE);
        return tiff.array();
    }

    /** Whether the bytes hold this sequence anywhere. */
    public static boolean contains(byte[] bytes, byte[] sequence) {
        outer:
        for (int start = 0; start + sequence.length <= bytes.length; start++) {
            for (int index = 0; index < sequence.length; index++) {
                if (bytes[start + index] != sequence[index]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x0f, 0x76, 0x6e));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    private static byte[] encoded(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
