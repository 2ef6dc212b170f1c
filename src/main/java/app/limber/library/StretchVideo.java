package app.limber.library;

/**
 * The video of a coach's own stretch, as stored: addressed by its random token.
 *
 * @param codec     what it is, told by its content ("H.264", "VP8", "VP9")
 * @param mediaType {@code video/mp4} or {@code video/webm}
 * @param size      in bytes
 * @param poster    whether it has its poster frame (a VP9 video gets one from the coach's browser)
 */
public record StretchVideo(String token, String codec, String mediaType, int width, int height, long size, boolean poster) {
}
