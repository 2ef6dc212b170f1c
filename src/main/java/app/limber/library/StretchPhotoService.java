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
import java.util.List;
import java.util.Optional;

/**
 * Coaches' photos of their own stretches: up to {@code limber.media.max-photos} each, checked by
 * their content, re-encoded without their metadata ({@link PhotoImage}) and stored in PostgreSQL
 * under a random token. Who may see a photo besides its coach (athletes given a version that shows
 * it, share-link viewers) is decided by the features that know them; they then read it here.
 */
@Service
@PreAuthorize("hasRole('COACH')")
public class StretchPhotoService {

    private final PhotoStore store;
    private final MediaSettings settings;
    private final AccountService accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StretchPhotoService(PhotoStore store, MediaSettings settings, AccountService accounts,
                        TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The photos of one of the coach's own stretches, in order. */
    @Transactional(readOnly = true)
    public List<StretchPhoto> photos(long stretchId) {
        requireOwn(store.ownerOf(stretchId), stretchId);
        return store.photos(stretchId);
    }

    /** How many photos a stretch may have. */
    public int maxPhotos() {
        return settings.maxPhotos();
    }

    /** How large an upload may be, in bytes. */
    public long maxPhotoBytes() {
        return settings.maxPhotoSize().toBytes();
    }

    /**
     * Adds a photo to one of the coach's own stretches from the uploaded bytes, whatever the file
     * was called: its first bytes say what it is.
     *
     * @throws InvalidPhotoException     when it is too large, not a JPEG, PNG or WebP, cannot be decoded, or
     *                                   the stretch has its photos already; nothing is stored
     * @throws StretchNotFoundException when it is not the coach's own stretch
     */
    public StretchPhoto add(long stretchId, InputStream content) {
        long coachId = coachId();
        requireOwn(store.ownerOf(stretchId), stretchId);
        Path file = null;
        try {
            file = Files.createTempFile("limber-photo-", ".upload");
            copyAtMost(content, file, maxPhotoBytes());
            PhotoImage.Prepared prepared = PhotoImage.prepare(file, settings.maxPhotoSide(), settings.thumbnailSide());
            String token = MediaFiles.token();
            return transactions.execute(status -> {
                requireOwn(store.lockOwnStretch(stretchId), stretchId);
                if (store.photos(stretchId).size() >= settings.maxPhotos()) {
                    throw new InvalidPhotoException(Words.of("stretch-photo.full", settings.maxPhotos()));
                }
                store.add(token, stretchId, coachId, prepared, clock.instant());
                return store.photos(stretchId).stream().filter(photo -> photo.token().equals(token)).findFirst().orElseThrow();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            MediaFiles.deleteQuietly(file);
        }
    }

    /** Takes a photo off one of the coach's own stretches; versions published with it keep it. */
    @Transactional
    public void remove(long stretchId, String token) {
        requireOwn(store.lockOwnStretch(stretchId), stretchId);
        store.remove(stretchId, token, clock.instant());
    }

    /** Whether the photo is one the signed-in coach added. */
    @Transactional(readOnly = true)
    public boolean isMine(String token) {
        long coachId = coachId();
        return store.find(token, true).filter(photo -> photo.ownerId() == coachId).isPresent();
    }

    /**
     * The stored size of a photo (or of its thumbnail), for whoever may see it: the caller has
     * checked that ({@link #isMine}, a version given to the athlete, a share link's version).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Integer> size(String token, boolean thumbnail) {
        return store.find(token, thumbnail).map(PhotoStore.Stored::size);
    }

    /**
     * Writes a photo (a JPEG) or its thumbnail to {@code out} in slices, never whole in memory.
     * The caller has checked who may see it, as for {@link #size}.
     *
     * @return false when there is no such photo
     */
    @PreAuthorize("permitAll()")
    public boolean copy(String token, boolean thumbnail, OutputStream out) {
        Optional<PhotoStore.Stored> photo = store.find(token, thumbnail);
        photo.ifPresent(found -> store.copy(found, thumbnail, out));
        return photo.isPresent();
    }

    private void requireOwn(Optional<Long> owner, long stretchId) {
        if (owner.filter(id -> id == coachId()).isEmpty()) {
            throw new StretchNotFoundException(stretchId);
        }
    }

    private static void copyAtMost(InputStream content, Path file, long limit) throws IOException {
        long total = MediaFiles.spool(content, file, limit);
        if (total > limit) {
            throw new InvalidPhotoException(Words.of("stretch-photo.too-large", MediaFiles.megabytes(limit)));
        }
        if (total == 0) {
            throw new InvalidPhotoException(Words.of("stretch-photo.empty"));
        }
    }

    private long coachId() {
        return accounts.currentUserId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
