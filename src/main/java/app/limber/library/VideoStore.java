package app.limber.library;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The videos' rows, in SQL: a video is written in chunks of {@value #CHUNK} bytes, one row each
 * ({@code stretch_video_chunk}), and read back a chunk at a time, so neither an upload nor serving
 * it, whole or a range, holds more than one chunk in the heap (docs/decisions/0009).
 */
@Component
class VideoStore {

    static final int CHUNK = 256 * 1024;

    private final JdbcTemplate jdbc;

    VideoStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stretch's video now. */
    Optional<StretchVideo> videoOf(long stretchId) {
        return jdbc.query("""
                select v.token, v.codec, v.media_type, v.width, v.height, v.size, v.poster is not null
                from stretch s join stretch_video v on v.token = s.video where s.id = ?
                """, (row, number) -> new StretchVideo(row.getString(1), row.getString(2), row.getString(3),
                row.getInt(4), row.getInt(5), row.getLong(6), row.getBoolean(7)), stretchId).stream().findFirst();
    }

    /** Stores the file as the stretch's video (in chunks), in place of the one it had, which keeps its rows. */
    void add(String token, long stretchId, long ownerId, VideoClip.Checked video, Path file, byte[] poster, Instant now) {
        Long id = jdbc.queryForObject("""
                insert into stretch_video (token, stretch_id, owner_id, media_type, codec, width, height, size, poster, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, token, stretchId, ownerId, video.codec().mediaType, video.codec().label, video.width(),
                video.height(), video.size(), poster, Timestamp.from(now));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[CHUNK];
            for (int number = 0; ; number++) {
                int read = in.readNBytes(chunk, 0, CHUNK);
                if (read == 0) {
                    break;
                }
                jdbc.update("insert into stretch_video_chunk (video_id, number, bytes) values (?, ?, ?)", id, number,
                        read == CHUNK ? chunk : java.util.Arrays.copyOf(chunk, read));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        remove(stretchId, now);
        jdbc.update("update stretch set video = ? where id = ?", token, stretchId);
    }

    /** Takes the video off the stretch; its rows stay for the versions published with it. */
    boolean remove(long stretchId, Instant now) {
        jdbc.update("""
                update stretch_video set removed_at = ?
                where token = (select video from stretch where id = ?) and removed_at is null
                """, Timestamp.from(now), stretchId);
        return jdbc.update("update stretch set video = null where id = ? and video is not null", stretchId) == 1;
    }

    /** Sets the poster of a video that has none (from the coach's browser). */
    boolean addPoster(long stretchId, String token, byte[] poster) {
        return jdbc.update("update stretch_video set poster = ? where token = ? and stretch_id = ? and poster is null",
                poster, token, stretchId) == 1;
    }

    Optional<Stored> find(String token) {
        return jdbc.query("select id, owner_id, media_type, size, coalesce(octet_length(poster), 0) from stretch_video where token = ?",
                (row, number) -> new Stored(row.getLong(1), token, row.getLong(2), row.getString(3), row.getLong(4),
                        row.getInt(5)), token).stream().findFirst();
    }

    /** One chunk of a video, by its number (0 for the first {@value #CHUNK} bytes). */
    byte[] chunk(long videoId, int number) {
        return jdbc.queryForObject("select bytes from stretch_video_chunk where video_id = ? and number = ?",
                byte[].class, videoId, number);
    }

    /** Writes the poster (a JPEG) to {@code out}, in slices of {@value #CHUNK} bytes. */
    void copyPoster(Stored video, OutputStream out) {
        for (int offset = 0; offset < video.posterSize(); offset += CHUNK) {
            byte[] slice = jdbc.queryForObject("select substring(poster from ? for ?) from stretch_video where id = ?",
                    byte[].class, offset + 1, CHUNK, video.id());
            try {
                out.write(slice);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    record Stored(long id, String token, long ownerId, String mediaType, long size, int posterSize) {
    }
}
