package app.limber.library;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

/**
 * What an uploaded photo becomes: its format told by its first bytes (never by its name), then
 * decoded and drawn afresh as a JPEG of at most the configured size, with a thumbnail. Nothing of
 * the original file but its pixels is kept, so its metadata (EXIF with GPS, camera, comments) is gone.
 */
final class PhotoImage {

    /** Pixels a photo may have before it is decoded (a 10 MB file can claim a huge canvas). */
    static final long MAX_PIXELS = 120_000_000L;

    private static final float QUALITY = 0.85f;

    static {
        ImageIO.scanForPlugins(); // the WebP reader, also when the first upload runs on a server thread
        ImageIO.setUseCache(false);
    }

    /** The formats we take, as the coach knows them. */
    enum Format {
        JPEG("jpeg"), PNG("png"), WEBP("webp");

        final String readerName;

        Format(String readerName) {
            this.readerName = readerName;
        }
    }

    /** A photo ready to store: the re-encoded JPEG and its thumbnail. */
    record Prepared(Format source, int width, int height, byte[] image, byte[] thumbnail) {
    }

    private PhotoImage() {
    }

    /** The format the file's first bytes say, or null when they are not a JPEG, PNG or WebP. */
    static Format formatOf(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return Format.JPEG;
        }
        if (head.length >= 8 && Arrays.equals(Arrays.copyOf(head, 8),
                new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Format.PNG;
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Format.WEBP;
        }
        return null;
    }

    static Prepared prepare(Path file, int maxSide, int thumbnailSide) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        } catch (IOException e) {
            throw new InvalidPhotoException("The photo could not be read. Try again.", e);
        }
        Format format = formatOf(head);
        if (format == null) {
            throw new InvalidPhotoException("This file is not a JPEG, PNG or WebP photo. Choose a photo in one of these formats.");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new InvalidPhotoException("WebP photos cannot be read here yet. Save it as JPEG or PNG and upload that.");
        }
        ImageReader reader = readers.next();
        BufferedImage decoded;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw new InvalidPhotoException("This photo has too many pixels (" + width + " \u00d7 " + height
                        + "). Make it smaller than about 100 megapixels and upload it again.");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            // read only every n-th pixel of a much larger photo: the heap holds about twice the final size
            int step = Math.max(1, Math.max(width, height) / (2 * maxSide));
            param.setSourceSubsampling(step, step, 0, 0);
            decoded = reader.read(0, param);
        } catch (InvalidPhotoException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidPhotoException("This file starts like a " + format + " photo but cannot be read: it may be damaged. "
                    + "Open it on your device, save it again and upload that.", unreadable);
        } finally {
            reader.dispose();
        }
        if (decoded == null || decoded.getWidth() < 1 || decoded.getHeight() < 1) {
            throw new InvalidPhotoException("This " + format + " photo has no picture in it.");
        }
        BufferedImage image = fitted(decoded, maxSide);
        BufferedImage thumbnail = fitted(image, thumbnailSide);
        return new Prepared(format, image.getWidth(), image.getHeight(), jpeg(image), jpeg(thumbnail));
    }

    /** The picture on white (no transparency in a JPEG), its longest side at most {@code maxSide}. */
    private static BufferedImage fitted(BufferedImage source, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        var result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = result.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return result;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("A photo could not be encoded as JPEG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
