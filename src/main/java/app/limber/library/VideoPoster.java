package app.limber.library;

import org.jcodec.api.FrameGrab;
import org.jcodec.codecs.vpx.VP8Decoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.ColorUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The poster of a video: its first frame, decoded on the server with jcodec (pure Java): H.264
 * from an MP4, VP8 from a WebM. jcodec has no VP9 decoder, so a VP9 video gets its poster from the
 * coach's browser instead ({@link StretchVideoService#addPoster}).
 */
final class VideoPoster {

    private static final Logger log = LoggerFactory.getLogger(VideoPoster.class);

    /** The largest first frame read into memory for VP8 (a key frame of a 4K video is a few MB at most). */
    private static final long MAX_FRAME_BYTES = 16L * 1024 * 1024;

    private VideoPoster() {
    }

    /** The first frame, or empty when it cannot be decoded here (VP9, or an H.264 feature jcodec lacks). */
    static Optional<BufferedImage> firstFrame(Path file, VideoClip.Checked video) {
        try {
            Picture picture = switch (video.codec()) {
                case H264 -> {
                    try (var channel = NIOUtils.readableChannel(file.toFile())) {
                        yield FrameGrab.createFrameGrab(channel).getNativeFrame();
                    }
                }
                case VP8 -> vp8(file, video);
                case VP9 -> null;
            };
            return Optional.ofNullable(picture).map(VideoPoster::image);
        } catch (Exception | StackOverflowError | OutOfMemoryError undecodable) {
            log.info("No poster decoded from a {} video ({}); the coach's browser may send one", video.codec().label,
                    undecodable.toString());
            return Optional.empty();
        }
    }

    private static Picture vp8(Path file, VideoClip.Checked video) throws IOException {
        long[] frame = video.firstFrame().orElseThrow();
        if (frame[1] > MAX_FRAME_BYTES) {
            return null;
        }
        ByteBuffer data = ByteBuffer.allocate((int) frame[1]);
        try (FileChannel channel = FileChannel.open(file)) {
            while (data.hasRemaining() && channel.read(data, frame[0] + data.position()) >= 0) {
                // reads the frame's bytes
            }
        }
        data.flip();
        Picture buffer = Picture.create((video.width() + 15) & ~15, (video.height() + 15) & ~15, ColorSpace.YUV420);
        Picture decoded = new VP8Decoder().decodeFrame(data, buffer.getData());
        return decoded == null ? null : withSize(decoded, video.width(), video.height());
    }

    private static Picture withSize(Picture picture, int width, int height) {
        picture.setCrop(new org.jcodec.common.model.Rect(0, 0, Math.min(width, picture.getWidth()),
                Math.min(height, picture.getHeight())));
        return picture;
    }

    /** jcodec's picture (its samples are stored less 128) as an image of its visible part. */
    private static BufferedImage image(Picture picture) {
        Picture rgb = Picture.create(picture.getWidth(), picture.getHeight(), ColorSpace.RGB);
        ColorUtil.getTransform(picture.getColor(), ColorSpace.RGB).transform(picture, rgb);
        int width = picture.getCrop() == null ? picture.getWidth() : picture.getCroppedWidth();
        int height = picture.getCrop() == null ? picture.getHeight() : picture.getCroppedHeight();
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] samples = rgb.getPlaneData(0);
        int stride = picture.getWidth() * 3;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int at = y * stride + x * 3;
                pixels[y * width + x] = (samples[at] + 128) << 16 | (samples[at + 1] + 128) << 8 | (samples[at + 2] + 128);
            }
        }
        return image;
    }
}
