package app.limber.library;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code limber.media.*}: a coach may add at most {@code maxPhotos} photos to a stretch of their
 * own, each upload at most {@code maxPhotoSize}; each is stored with its longest side at most
 * {@code maxPhotoSide} px and a thumbnail of at most {@code thumbnailSide} px; and one video, an upload of
 * at most {@code maxVideoSize}, with a poster frame of at most {@code maxPhotoSide} px. The defaults are in
 * {@code application.yaml}; a value out of range stops the start-up with its name.
 */
@Validated
@ConfigurationProperties("limber.media")
public record MediaSettings(
        @Min(1) @Max(20) int maxPhotos,
        @NotNull DataSize maxPhotoSize,
        @Min(200) @Max(4000) int maxPhotoSide,
        @Min(64) @Max(1000) int thumbnailSide,
        @NotNull DataSize maxVideoSize) {

    public MediaSettings {
        if (maxPhotoSize != null && (maxPhotoSize.toBytes() < 1024 || maxPhotoSize.toMegabytes() > 100)) {
            throw new IllegalArgumentException("limber.media.max-photo-size must be between 1KB and 100MB, not " + maxPhotoSize);
        }
        if (maxVideoSize != null && (maxVideoSize.toBytes() < 1024 || maxVideoSize.toMegabytes() > 1024)) {
            throw new IllegalArgumentException("limber.media.max-video-size must be between 1KB and 1GB, not " + maxVideoSize);
        }
    }
}
