package app.limber.library;

/**
 * One photo of a coach's own stretch, as stored: addressed by its random token.
 *
 * @param sourceFormat what the uploaded file was, told by its content ("JPEG", "PNG", "WebP")
 * @param width        of the stored photo (at most {@code limber.media.max-photo-side})
 */
public record StretchPhoto(String token, String sourceFormat, int width, int height) {
}
