package app.limber.library;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's limits for uploads (Vaadin's Upload posts multipart requests, read by
 * the container before Limber sees them), set just above {@code limber.media.*}: otherwise Spring
 * Boot's default of 1 MB a file refuses any larger photo or video with a bare error instead of our
 * message, and raising the media limits would not be enough. Every part goes to a temporary file
 * at once (threshold 0), never into the heap. This replaces {@code spring.servlet.multipart.*}.
 */
@Configuration(proxyBeanMethods = false)
class MediaUploadLimits {

    /** Room for the multipart framing and a file one byte over the limit (so our own check answers). */
    private static final long MARGIN = DataSize.ofMegabytes(1).toBytes();

    @Bean
    MultipartConfigElement multipartConfigElement(MediaSettings media) {
        long largestFile = Math.max(media.maxVideoSize().toBytes(), media.maxPhotoSize().toBytes()) + MARGIN;
        return new MultipartConfigElement(null, largestFile, largestFile + MARGIN, 0);
    }
}
