package app.limber.library;

import app.limber.support.LimberTest;
import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servlet container reads Vaadin's multipart uploads before Limber does: its limits sit just
 * above ours, so a 50 MB video reaches our check (which answers with its own message) and nothing
 * is held in memory on the way (Spring Boot's default would refuse any file over 1 MB).
 */
class MediaUploadLimitsTest extends LimberTest {

    @Autowired MultipartConfigElement multipart;
    @Autowired MediaSettings media;

    @Test
    void theContainerTakesAFileOneByteOverTheLargestMediaLimitAndSpoolsEveryPartToDisk() {
        long largest = Math.max(media.maxVideoSize().toBytes(), media.maxPhotoSize().toBytes());

        assertThat(largest).isEqualTo(50L * 1024 * 1024);
        assertThat(multipart.getMaxFileSize()).isGreaterThan(largest);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(multipart.getMaxFileSize());
        assertThat(multipart.getFileSizeThreshold()).isZero();
    }
}
