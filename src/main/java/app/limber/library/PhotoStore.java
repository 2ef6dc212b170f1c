package app.limber.library;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The photos' rows, in SQL: the image bytes are written once and read back in slices of
 * {@value #SLICE} bytes, so serving a photo never holds more than one slice of it in the heap.
 */
@Component
class PhotoStore {

    static final int SLICE = 256 * 1024;

    private final JdbcTemplate jdbc;

    PhotoStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner of a coach's stretch, locking its row (so two uploads count its photos in turn); empty for built-in or unknown. */
    Optional<Long> lockOwnStretch(long stretchId) {
        return jdbc.queryForList("select owner_id from stretch where id = ? and owner_id is not null for update",
                Long.class, stretchId).stream().findFirst();
    }

    Optional<Long> ownerOf(long stretchId) {
        return jdbc.queryForList("select owner_id from stretch where id = ? and owner_id is not null",
                Long.class, stretchId).stream().findFirst();
    }

    /** The stretch's photos in its order. */
    List<StretchPhoto> photos(long stretchId) {
        return jdbc.query("""
                select p.token, p.source_format, p.width, p.height
                from stretch s cross join unnest(s.photos) with ordinality as shown(token, place)
                join stretch_photo p on p.token = shown.token
                where s.id = ? order by shown.place
                """, (row, number) -> new StretchPhoto(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4)),
                stretchId);
    }

    void add(String token, long stretchId, long ownerId, PhotoImage.Prepared photo, Instant now) {
        jdbc.update("""
                insert into stretch_photo (token, stretch_id, owner_id, source_format, width, height,
                                           image, image_size, thumbnail, thumbnail_size, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, token, stretchId, ownerId, label(photo.source()), photo.width(), photo.height(),
                photo.image(), photo.image().length, photo.thumbnail(), photo.thumbnail().length, Timestamp.from(now));
        jdbc.update("update stretch set photos = array_append(photos, ?) where id = ?", token, stretchId);
    }

    /** Takes the photo off the stretch; its row stays for the versions published with it. */
    boolean remove(long stretchId, String token, Instant now) {
        int changed = jdbc.update("update stretch set photos = array_remove(photos, ?) where id = ? and ? = any(photos)",
                token, stretchId, token);
        jdbc.update("update stretch_photo set removed_at = ? where token = ? and stretch_id = ? and removed_at is null",
                Timestamp.from(now), token, stretchId);
        return changed == 1;
    }

    /** The photo's owner and its stored size (of the photo or its thumbnail). */
    Optional<Stored> find(String token, boolean thumbnail) {
        return jdbc.query("select owner_id, " + (thumbnail ? "thumbnail_size" : "image_size")
                        + " from stretch_photo where token = ?",
                (row, number) -> new Stored(token, row.getLong(1), row.getInt(2)), token).stream().findFirst();
    }

    /** Writes the stored bytes to {@code out}, one slice at a time. */
    void copy(Stored photo, boolean thumbnail, OutputStream out) {
        String column = thumbnail ? "thumbnail" : "image";
        for (int offset = 0; offset < photo.size(); offset += SLICE) {
            byte[] slice = jdbc.queryForObject("select substring(" + column + " from ? for ?) from stretch_photo where token = ?",
                    byte[].class, offset + 1, SLICE, photo.token());
            try {
                out.write(slice);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    record Stored(String token, long ownerId, int size) {
    }

    private static String label(PhotoImage.Format format) {
        return format == PhotoImage.Format.WEBP ? "WebP" : format.name();
    }
}
