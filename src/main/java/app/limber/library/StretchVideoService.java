package app.limber.library;

import app.limber.base.Words;
import app.limber.account.AccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The one short video a coach may add to a stretch of their own: MP4 (H.264) or WebM (VP8, VP9),
 * at most {@code limber.media.max-video-size}, checked by its content ({@link VideoClip}) and
 * stored as it came in PostgreSQL, in chunks, under a random token, with a frame of it as its
 * poster. Who may see it besides its coach (athletes given a version that shows it, share-link
 * viewers) is decided by the features that know them; they then read it here.
 */
@Service
@PreAuthorize("hasRole('COACH')")
public class StretchVideoService {

    private final VideoStore store;
    private final PhotoStore stretches;
    private final MediaSettings settings;
    private final AccountService accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StretchVideoService(VideoStore store, PhotoStore stretches, MediaSettings settings, AccountService accounts,
                        TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.stretches = stretches;
        this.settings = settings;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The video of one of the coach's own stretches, if it has one. */
    @Transactional(readOnly = true)
    public Optional<StretchVideo> video(long stretchId) {
        requireOwn(stretches.ownerOf(stretchId), stretchId);
        return store.videoOf(stretchId);
    }

    /** How large an upload may be, in bytes. */
    public long maxVideoBytes() {
        return settings.maxVideoSize().toBytes();
    }

    /**
     * Makes the uploaded file the video of one of the coach's own stretches, in place of the one it
     * had (which the versions published with it keep), whatever the file was called: its content
     * says what it is. The upload is spooled to a temporary file (deleted afterwards), never held
     * in the heap.
     *
     * @throws InvalidVideoException    when it is too large, empty, cut short, or not an MP4 with H.264
     *                                  or a WebM with VP8 or VP9; nothing is stored
     * @throws StretchNotFoundException when it is not the coach's own stretch
     */
    public StretchVideo add(long stretchId, InputStream content) {
        long coachId = coachId();
        requireOwn(stretches.ownerOf(stretchId), stretchId);
        Path file = null;
        try {
            file = Files.createTempFile("limber-video-", ".upload");
            copyAtMost(content, file, maxVideoBytes());
            VideoClip.Checked video = VideoClip.check(file);
            byte[] poster = VideoPoster.firstFrame(file, video)
                    .map(frame -> PhotoImage.poster(frame, settings.maxPhotoSide())).orElse(null);
            String token = MediaFiles.token();
            Path stored = file;
            return transactions.execute(status -> {
                requireOwn(stretches.lockOwnStretch(stretchId), stretchId);
                store.add(token, stretchId, coachId, video, stored, poster, clock.instant());
                return store.videoOf(stretchId).orElseThrow();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            MediaFiles.deleteQuietly(file);
        }
    }

    /**
     * The poster of a video the server cannot decode (VP9), as the coach's browser drew its first
     * frame: checked and re-encoded like a photo. A video that has its poster keeps it.
     *
     * @throws InvalidPhotoException when it is not a picture
     */
    public boolean addPoster(long stretchId, String token, InputStream picture) {
        requireOwn(stretches.ownerOf(stretchId), stretchId);
        Path file = null;
        try {
            file = Files.createTempFile("limber-poster-", ".upload");
            copyPictureAtMost(picture, file, settings.maxPhotoSize().toBytes());
            byte[] poster = PhotoImage.prepare(file, settings.maxPhotoSide(), settings.thumbnailSide()).image();
            return Boolean.TRUE.equals(transactions.execute(status -> {
                requireOwn(stretches.lockOwnStretch(stretchId), stretchId);
                return store.addPoster(stretchId, token, poster);
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            MediaFiles.deleteQuietly(file);
        }
    }

    /** Takes the video off one of the coach's own stretches; versions published with it keep it. */
    @Transactional
    public void remove(long stretchId) {
        requireOwn(stretches.lockOwnStretch(stretchId), stretchId);
        store.remove(stretchId, clock.instant());
    }

    /** Whether the video is one the signed-in coach added. */
    @Transactional(readOnly = true)
    public boolean isMine(String token) {
        long coachId = coachId();
        return store.find(token).filter(video -> video.ownerId() == coachId).isPresent();
    }

    /**
     * The stored video, to stream whole or by ranges, for whoever may see it: the caller has
     * checked that ({@link #isMine}, a version given to the athlete, a share link's version).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<VideoContent> content(String token) {
        return store.find(token).map(video -> new VideoContent(store, video));
    }

    /**
     * The size of the video's poster (a JPEG), for whoever may see the video (checked by the
     * caller, as for {@link #content}); empty when there is no such video or it has no poster yet.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Integer> posterSize(String token) {
        return store.find(token).map(VideoStore.Stored::posterSize).filter(size -> size > 0);
    }

    /** Writes the poster (see {@link #posterSize}) to {@code out} in slices. */
    @PreAuthorize("permitAll()")
    public void copyPoster(String token, OutputStream out) {
        store.find(token).ifPresent(video -> store.copyPoster(video, out));
    }

    private void requireOwn(Optional<Long> owner, long stretchId) {
        if (owner.filter(id -> id == coachId()).isEmpty()) {
            throw new StretchNotFoundException(stretchId);
        }
    }

    private static void copyAtMost(InputStream content, Path file, long limit) throws IOException {
        long total = MediaFiles.spool(content, file, limit);
        if (total > limit) {
            throw new InvalidVideoException(Words.of("stretch-video.too-large", MediaFiles.megabytes(limit)));
        }
        if (total == 0) {
            throw new InvalidVideoException(Words.of("stretch-video.empty"));
        }
    }

    private static void copyPictureAtMost(InputStream content, Path file, long limit) throws IOException {
        if (MediaFiles.spool(content, file, limit) > limit) {
            throw new InvalidPhotoException(Words.of("stretch-video.poster-too-large", MediaFiles.megabytes(limit)));
        }
    }

    private long coachId() {
        return accounts.currentUserId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
