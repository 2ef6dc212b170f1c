package app.limber.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/** What photos and videos share on their way in: the spooled upload, its size in words, and the random token. */
final class MediaFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private MediaFiles() {
    }

    /**
     * Copies an upload to a file, stopping one buffer past {@code limit}: a total over the limit says
     * it is too large, and no more of it is read.
     *
     * @return the bytes read
     */
    static long spool(InputStream content, Path file, long limit) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = content.read(buffer)) >= 0; ) {
                total += read;
                if (total > limit) {
                    return total;
                }
                out.write(buffer, 0, read);
            }
            return total;
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system's clean-up takes it
            }
        }
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    /** 22 characters of base64url from 16 random bytes: an address no one guesses. */
    static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
