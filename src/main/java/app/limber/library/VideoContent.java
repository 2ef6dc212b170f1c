package app.limber.library;

import org.springframework.core.io.AbstractResource;

import java.io.InputStream;

/**
 * A stored video as a Spring {@link org.springframework.core.io.Resource}: its size is known
 * without reading it, and each stream over it reads one chunk from the database at a time and
 * skips without reading, so Spring MVC serves it whole or by ranges ({@code Range: bytes=…}) with
 * one chunk in the heap.
 */
public final class VideoContent extends AbstractResource {

    private final VideoStore store;
    private final VideoStore.Stored video;

    VideoContent(VideoStore store, VideoStore.Stored video) {
        this.store = store;
        this.video = video;
    }

    /** {@code video/mp4} or {@code video/webm}. */
    public String mediaType() {
        return video.mediaType();
    }

    /** The token: the video's bytes never change under it, so it is also its entity tag. */
    public String token() {
        return video.token();
    }

    @Override
    public long contentLength() {
        return video.size();
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public String getDescription() {
        return "video " + video.token();
    }

    @Override
    public InputStream getInputStream() {
        return new InputStream() {
            private long position;
            private byte[] chunk;
            private int chunkNumber = -1;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (position >= video.size()) {
                    return -1;
                }
                if (length == 0) {
                    return 0;
                }
                int number = (int) (position / VideoStore.CHUNK);
                if (number != chunkNumber) {
                    chunk = store.chunk(video.id(), number);
                    chunkNumber = number;
                }
                int inChunk = (int) (position - (long) number * VideoStore.CHUNK);
                int count = Math.min(length, chunk.length - inChunk);
                System.arraycopy(chunk, inChunk, into, offset, count);
                position += count;
                return count;
            }

            @Override
            public long skip(long count) {
                long skipped = Math.max(0, Math.min(count, video.size() - position));
                position += skipped;
                return skipped;
            }

            @Override
            public int available() {
                return chunk == null ? 0 : (int) Math.max(0, Math.min((long) chunkNumber * VideoStore.CHUNK + chunk.length - position,
                        video.size() - position));
            }
        };
    }
}
