package app.limber.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test clips in src/test/resources/videos (how they were made: the README there). */
public final class TestVideos {

    private TestVideos() {
    }

    /** 2 s, 160 × 120, H.264 in MP4 (moov after mdat). */
    public static byte[] h264Mp4() {
        return read("calf-h264.mp4");
    }

    /** The same in HEVC (H.265), as an iPhone records by default. */
    public static byte[] hevcMp4() {
        return read("calf-hevc.mp4");
    }

    public static byte[] vp8WebM() {
        return read("calf-vp8.webm");
    }

    public static byte[] vp9WebM() {
        return read("calf-vp9.webm");
    }

    /** Theora in Matroska: EBML, but not WebM. */
    public static byte[] theoraMkv() {
        return read("calf-theora.mkv");
    }

    /**
     * The H.264 clip grown to {@code size} bytes by a {@code free} box at its end (a box players
     * skip): a valid MP4 of any size, for chunk boundaries and the 50 MB limit.
     */
    public static byte[] h264Mp4Of(int size) {
        byte[] clip = h264Mp4();
        if (size < clip.length + 8) {
            throw new IllegalArgumentException("At least " + (clip.length + 8) + " bytes");
        }
        byte[] grown = java.util.Arrays.copyOf(clip, size);
        java.nio.ByteBuffer.wrap(grown, clip.length, 8).putInt(size - clip.length).put("free".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (int i = clip.length + 8; i < size; i++) {
            grown[i] = (byte) (i * 31);
        }
        return grown;
    }

    /** {@link #h264Mp4Of} written to a file as it is made, never whole in memory (for 50 MB). */
    public static void writeH264Mp4Of(java.nio.file.Path file, long size) throws IOException {
        byte[] clip = h264Mp4();
        try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file), 1 << 16)) {
            out.write(clip);
            out.write(java.nio.ByteBuffer.allocate(8).putInt((int) (size - clip.length))
                    .put("free".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).array());
            for (long i = clip.length + 8; i < size; i++) {
                out.write((int) (i * 31));
            }
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = TestVideos.class.getResourceAsStream("/videos/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test clip " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
