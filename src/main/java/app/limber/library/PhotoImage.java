package app.limber.library;

import app.limber.base.Words;
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
            throw new InvalidPhotoException(Words.of("stretch-photo.unreadable"), e);
        }
        Format format = formatOf(head);
        if (format == null) {
            throw new InvalidPhotoException(Words.of("stretch-photo.not-a-photo"));
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new InvalidPhotoException(Words.of("stretch-photo.webp-unreadable"));
        }
        ImageReader reader = readers.next();
        BufferedImage decoded;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw new InvalidPhotoException(Words.of("stretch-photo.too-many-pixels", width, height));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            // read only every n-th pixel of a much larger photo: the heap holds about twice the final size
            int step = Math.max(1, Math.max(width, height) / (2 * maxSide));
            param.setSourceSubsampling(step, step, 0, 0);
            decoded = reader.read(0, param);
        } catch (InvalidPhotoException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidPhotoException(Words.of("stretch-photo.damaged", format.name()), unreadable);
        } finally {
            reader.dispose();
        }
        if (decoded == null || decoded.getWidth() < 1 || decoded.getHeight() < 1) {
            throw new InvalidPhotoException(Words.of("stretch-photo.no-picture", format.name()));
        }
        if (format == Format.JPEG) {
            decoded = upright(decoded, exifOrientation(file));
        }
        BufferedImage image = fitted(decoded, maxSide);
        BufferedImage thumbnail = fitted(image, thumbnailSide);
        return new Prepared(format, image.getWidth(), image.getHeight(), jpeg(image), jpeg(thumbnail));
    }

    /** A video's frame as its poster: a JPEG of at most {@code maxSide} px on its long side. */
    static byte[] poster(BufferedImage frame, int maxSide) {
        return jpeg(fitted(frame, maxSide));
    }

    /**
     * The EXIF orientation of a JPEG (1 to 8; 1 when it has none): phones store a photo as the
     * sensor saw it and say in this tag how to turn it. The tag goes with the rest of the EXIF,
     * so the turn is applied to the pixels.
     */
    static int exifOrientation(Path file) {
        try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readUnsignedShort() != 0xffd8) {
                return 1;
            }
            while (true) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xff00) != 0xff00 || marker == 0xffda || marker == 0xffd9) {
                    return 1; // the picture data starts: no EXIF before it
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return 1;
                }
                byte[] segment = in.readNBytes(length);
                if (marker == 0xffe1 && segment.length > 14 && new String(segment, 0, 6, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .equals("Exif\0\0")) {
                    return orientationIn(java.nio.ByteBuffer.wrap(segment, 6, segment.length - 6).slice());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return 1; // no usable EXIF: as stored
        }
    }

    private static int orientationIn(java.nio.ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xffff;
        for (int entry = 0; entry < entries; entry++) {
            int at = ifd + 2 + entry * 12;
            if ((tiff.getShort(at) & 0xffff) == 0x0112) {
                int value = tiff.getShort(at + 8) & 0xffff;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The picture turned (and mirrored) as its EXIF orientation says. */
    static BufferedImage upright(BufferedImage source, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return source;
        }
        int width = source.getWidth();
        int height = source.getHeight();
        boolean swaps = orientation >= 5;
        var transform = new java.awt.geom.AffineTransform();
        switch (orientation) {
            case 2 -> { transform.translate(width, 0); transform.scale(-1, 1); }
            case 3 -> { transform.translate(width, height); transform.rotate(Math.PI); }
            case 4 -> { transform.translate(0, height); transform.scale(1, -1); }
            case 5 -> { transform.rotate(Math.PI / 2); transform.scale(1, -1); }
            case 6 -> { transform.translate(height, 0); transform.rotate(Math.PI / 2); }
            case 7 -> { transform.scale(-1, 1); transform.translate(-height, 0); transform.translate(0, width); transform.rotate(3 * Math.PI / 2); }
            case 8 -> { transform.translate(0, width); transform.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        var result = new BufferedImage(swaps ? height : width, swaps ? width : height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = result.createGraphics();
        try {
            graphics.drawImage(source, transform, null);
        } finally {
            graphics.dispose();
        }
        return result;
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
