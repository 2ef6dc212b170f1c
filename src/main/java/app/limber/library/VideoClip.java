package app.limber.library;

import app.limber.base.Words;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What an uploaded video is, told by its content (never its name or the browser's type): an MP4
 * whose video track is H.264, read from its ISO-BMFF boxes ({@code ftyp}, then
 * {@code moov/trak/mdia/minf/stbl/stsd}), or a WebM whose EBML header says {@code webm} and whose
 * video track is VP8 or VP9. The file is read where it lies, box by box (only headers and a few
 * small boxes), so a 50 MB upload never sits in the heap. Anything else, and a file cut short, is
 * refused with a message for the coach.
 */
final class VideoClip {

    /** The largest frame taken (a phone's 4K portrait or landscape fits). */
    static final int MAX_SIDE = 4096;

    enum Codec {
        H264("H.264", "video/mp4"), VP8("VP8", "video/webm"), VP9("VP9", "video/webm");

        final String label;
        final String mediaType;

        Codec(String label, String mediaType) {
            this.label = label;
            this.mediaType = mediaType;
        }
    }

    /**
     * A video that passed the check.
     *
     * @param firstFrame where the first frame of the video track lies in a WebM file (offset, length), for its
     *                   poster; empty for MP4 (its demuxer finds it)
     */
    record Checked(Codec codec, int width, int height, long size, Optional<long[]> firstFrame) {
    }

    private static final Words NOT_A_VIDEO = Words.of("stretch-video.not-a-video");
    private static final Words CUT_SHORT = Words.of("stretch-video.cut-short");

    private VideoClip() {
    }

    static Checked check(Path file) {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            byte[] head = read(channel, 0, (int) Math.min(12, size));
            if (head.length >= 8 && new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
                return new Mp4(channel, size).check();
            }
            if (head.length >= 4 && (head[0] & 0xff) == 0x1a && (head[1] & 0xff) == 0x45 && (head[2] & 0xff) == 0xdf
                    && (head[3] & 0xff) == 0xa3) {
                return new WebM(channel, size).check();
            }
            throw new InvalidVideoException(NOT_A_VIDEO);
        } catch (IOException e) {
            throw new InvalidVideoException(Words.of("stretch-video.unreadable"), e);
        }
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new InvalidVideoException(CUT_SHORT);
            }
        }
        return buffer.array();
    }

    private static void requireSize(int width, int height) {
        if (width < 1 || height < 1) {
            throw new InvalidVideoException(Words.of("stretch-video.no-size"));
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new InvalidVideoException(Words.of("stretch-video.too-big-picture", width, height, MAX_SIDE));
        }
    }

    /** ISO base media file format: boxes of a 32-bit size (or 1 and a 64-bit size, or 0: to the end) and a 4-letter type. */
    private static final class Mp4 {

        private final FileChannel channel;
        private final long size;

        Mp4(FileChannel channel, long size) {
            this.channel = channel;
            this.size = size;
        }

        private record Box(String type, long start, long payload, long end) {
        }

        Checked check() throws IOException {
            Box moov = null;
            boolean mdat = false;
            for (long at = 0; at < size; ) {
                Box box = box(at, size);
                if (box.type.equals("moov")) {
                    moov = box;
                } else if (box.type.equals("mdat")) {
                    mdat = true;
                }
                at = box.end;
            }
            if (moov == null || !mdat) {
                throw new InvalidVideoException(moov == null && mdat ? CUT_SHORT
                        : Words.of("stretch-video.mp4-no-video"));
            }
            boolean otherCodec = false;
            for (Box trak : children(moov, "trak")) {
                Box mdia = child(trak, "mdia");
                Box hdlr = mdia == null ? null : child(mdia, "hdlr");
                if (hdlr == null || hdlr.end - hdlr.payload < 12
                        || !new String(read(channel, hdlr.payload + 8, 4), StandardCharsets.ISO_8859_1).equals("vide")) {
                    continue;
                }
                Box stsd = path(mdia, "minf", "stbl", "stsd");
                if (stsd == null || stsd.end - stsd.payload < 8 + 8 + 28) {
                    throw new InvalidVideoException(Words.of("stretch-video.mp4-track-damaged"));
                }
                Box entry = box(stsd.payload + 8, stsd.end);
                if (entry.type.equals("avc1") || entry.type.equals("avc3")) {
                    ByteBuffer dimensions = ByteBuffer.wrap(read(channel, entry.payload + 24, 4));
                    int width = Short.toUnsignedInt(dimensions.getShort());
                    int height = Short.toUnsignedInt(dimensions.getShort());
                    requireSize(width, height);
                    return new Checked(Codec.H264, width, height, size, Optional.empty());
                }
                otherCodec = true;
            }
            throw new InvalidVideoException(otherCodec
                    ? Words.of("stretch-video.mp4-not-h264") : Words.of("stretch-video.mp4-no-track"));
        }

        private Box box(long at, long limit) throws IOException {
            if (limit - at < 8) {
                throw new InvalidVideoException(at + 8 > size ? CUT_SHORT : NOT_A_VIDEO);
            }
            ByteBuffer header = ByteBuffer.wrap(read(channel, at, 8));
            long length = Integer.toUnsignedLong(header.getInt());
            String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
            long payload = at + 8;
            if (length == 1) {
                length = ByteBuffer.wrap(read(channel, at + 8, 8)).getLong();
                payload = at + 16;
            } else if (length == 0) {
                length = limit - at;
            }
            if (length < payload - at) {
                throw new InvalidVideoException(NOT_A_VIDEO);
            }
            if (at + length > limit) {
                throw new InvalidVideoException(at + length > size ? CUT_SHORT : NOT_A_VIDEO);
            }
            return new Box(type, at, payload, at + length);
        }

        private java.util.List<Box> children(Box parent, String type) throws IOException {
            var found = new java.util.ArrayList<Box>();
            for (long at = parent.payload; at < parent.end; ) {
                Box box = box(at, parent.end);
                if (box.type.equals(type)) {
                    found.add(box);
                }
                at = box.end;
            }
            return found;
        }

        private Box child(Box parent, String type) throws IOException {
            var found = children(parent, type);
            return found.isEmpty() ? null : found.getFirst();
        }

        private Box path(Box from, String... types) throws IOException {
            Box at = from;
            for (String type : types) {
                at = child(at, type);
                if (at == null) {
                    return null;
                }
            }
            return at;
        }
    }

    /** Matroska's EBML: elements of a variable-length id and size; WebM is Matroska with DocType "webm". */
    private static final class WebM {

        private static final long EBML_HEADER = 0x1A45DFA3L;
        private static final long DOC_TYPE = 0x4282L;
        private static final long SEGMENT = 0x18538067L;
        private static final long TRACKS = 0x1654AE6BL;
        private static final long TRACK_ENTRY = 0xAEL;
        private static final long TRACK_NUMBER = 0xD7L;
        private static final long TRACK_TYPE = 0x83L;
        private static final long CODEC_ID = 0x86L;
        private static final long VIDEO = 0xE0L;
        private static final long PIXEL_WIDTH = 0xB0L;
        private static final long PIXEL_HEIGHT = 0xBAL;
        private static final long CONTENT_ENCODINGS = 0x6D80L;
        private static final long CLUSTER = 0x1F43B675L;
        private static final long SIMPLE_BLOCK = 0xA3L;
        private static final long BLOCK_GROUP = 0xA0L;
        private static final long BLOCK = 0xA1L;
        private static final int MAX_DEPTH = 8;

        private final FileChannel channel;
        private final long size;

        private long videoTrack = -1;
        private Codec codec;
        private String otherCodec;
        private int width;
        private int height;
        private boolean encrypted;
        private long[] firstFrame;

        WebM(FileChannel channel, long size) {
            this.channel = channel;
            this.size = size;
        }

        /** An element: its id, where its content starts and ends ({@code end} is the file's end for an unknown size). */
        private record Element(long id, long data, long end, boolean unknownSize) {
        }

        Checked check() throws IOException {
            Element header = element(0, size);
            if (header.id != EBML_HEADER) {
                throw new InvalidVideoException(NOT_A_VIDEO);
            }
            String docType = null;
            for (long at = header.data; at < header.end; ) {
                Element child = element(at, header.end);
                if (child.id == DOC_TYPE) {
                    docType = text(child);
                }
                at = child.end;
            }
            if (!"webm".equals(docType)) {
                throw new InvalidVideoException("matroska".equals(docType)
                        ? Words.of("stretch-video.matroska") : NOT_A_VIDEO);
            }
            boolean segment = false;
            for (long at = header.end; at < size; ) {
                Element element = element(at, size);
                if (element.id == SEGMENT) {
                    segment = true;
                    walk(element, 0);
                }
                at = element.end;
            }
            if (!segment || codec == null && otherCodec == null) {
                throw new InvalidVideoException(segment && videoTrack < 0 ? Words.of("stretch-video.webm-no-track")
                        : CUT_SHORT);
            }
            if (codec == null) {
                throw new InvalidVideoException(Words.of("stretch-video.webm-other-codec", otherCodec.replace("V_", "")));
            }
            if (encrypted) {
                throw new InvalidVideoException(Words.of("stretch-video.encrypted"));
            }
            requireSize(width, height);
            if (firstFrame == null) {
                throw new InvalidVideoException(Words.of("stretch-video.webm-no-frames"));
            }
            return new Checked(codec, width, height, size, Optional.of(firstFrame));
        }

        private void walk(Element parent, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new InvalidVideoException(NOT_A_VIDEO);
            }
            for (long at = parent.data; at < parent.end; ) {
                Element element = element(at, parent.end);
                if (element.id == TRACKS) {
                    walk(element, depth + 1);
                } else if (element.id == TRACK_ENTRY) {
                    track(element);
                } else if (element.id == CLUSTER || element.id == BLOCK_GROUP) {
                    if (firstFrame == null) {
                        walk(element, depth + 1);
                    }
                } else if ((element.id == SIMPLE_BLOCK || element.id == BLOCK) && firstFrame == null) {
                    block(element);
                }
                if (element.unknownSize) {
                    return; // an element of unknown size runs to its parent's end: its children were walked
                }
                at = element.end;
            }
        }

        private void track(Element entry) throws IOException {
            long number = -1;
            long type = -1;
            String codecId = null;
            int pixelWidth = 0;
            int pixelHeight = 0;
            boolean encodings = false;
            for (long at = entry.data; at < entry.end; ) {
                Element field = element(at, entry.end);
                if (field.id == TRACK_NUMBER) {
                    number = unsigned(field);
                } else if (field.id == TRACK_TYPE) {
                    type = unsigned(field);
                } else if (field.id == CODEC_ID) {
                    codecId = text(field);
                } else if (field.id == CONTENT_ENCODINGS) {
                    encodings = true;
                } else if (field.id == VIDEO) {
                    for (long in = field.data; in < field.end; ) {
                        Element dimension = element(in, field.end);
                        if (dimension.id == PIXEL_WIDTH) {
                            pixelWidth = (int) Math.min(Integer.MAX_VALUE, unsigned(dimension));
                        } else if (dimension.id == PIXEL_HEIGHT) {
                            pixelHeight = (int) Math.min(Integer.MAX_VALUE, unsigned(dimension));
                        }
                        in = dimension.end;
                    }
                }
                at = field.end;
            }
            if (type != 1 || videoTrack >= 0) {
                return;
            }
            videoTrack = number;
            width = pixelWidth;
            height = pixelHeight;
            encrypted = encodings;
            if ("V_VP8".equals(codecId)) {
                codec = Codec.VP8;
            } else if ("V_VP9".equals(codecId)) {
                codec = Codec.VP9;
            } else {
                otherCodec = codecId == null ? "of no known kind" : codecId;
            }
        }

        /** A (Simple)Block: track number, 16-bit timecode, flags, then the frame (when not laced). */
        private void block(Element block) throws IOException {
            if (videoTrack < 0 || block.end - block.data < 5) {
                return;
            }
            byte[] head = read(channel, block.data, (int) Math.min(12, block.end - block.data));
            int length = 1 + Integer.numberOfLeadingZeros(head[0] & 0xff) - 24;
            if (length > 8 || length + 3 > head.length) {
                return;
            }
            long track = head[0] & (0xff >> length);
            for (int i = 1; i < length; i++) {
                track = track << 8 | head[i] & 0xff;
            }
            int flags = head[length + 2] & 0xff;
            if (track == videoTrack && (flags & 0x06) == 0) {
                long frame = block.data + length + 3;
                firstFrame = new long[]{frame, block.end - frame};
            }
        }

        private Element element(long at, long limit) throws IOException {
            if (at >= size) {
                throw new InvalidVideoException(CUT_SHORT);
            }
            byte[] head = read(channel, at, (int) Math.min(12, size - at));
            int idLength = 1 + Integer.numberOfLeadingZeros(head[0] & 0xff) - 24;
            if (idLength > 4) {
                throw new InvalidVideoException(NOT_A_VIDEO);
            }
            if (idLength >= head.length) {
                throw new InvalidVideoException(CUT_SHORT);
            }
            long id = 0;
            for (int i = 0; i < idLength; i++) {
                id = id << 8 | head[i] & 0xff;
            }
            int sizeLength = 1 + Integer.numberOfLeadingZeros(head[idLength] & 0xff) - 24;
            if (sizeLength > 8) {
                throw new InvalidVideoException(NOT_A_VIDEO);
            }
            if (idLength + sizeLength > head.length) {
                throw new InvalidVideoException(CUT_SHORT);
            }
            long length = head[idLength] & (0xff >> sizeLength);
            boolean allOnes = length == (0xff >> sizeLength);
            for (int i = 1; i < sizeLength; i++) {
                length = length << 8 | head[idLength + i] & 0xff;
                allOnes &= (head[idLength + i] & 0xff) == 0xff;
            }
            long data = at + idLength + sizeLength;
            if (allOnes) {
                return new Element(id, data, limit, true);
            }
            if (length < 0 || data + length > limit) {
                throw new InvalidVideoException(data + length > size || length < 0 ? CUT_SHORT : NOT_A_VIDEO);
            }
            return new Element(id, data, data + length, false);
        }

        private long unsigned(Element element) throws IOException {
            long length = element.end - element.data;
            if (length > 8) {
                throw new InvalidVideoException(NOT_A_VIDEO);
            }
            long value = 0;
            for (byte b : read(channel, element.data, (int) length)) {
                value = value << 8 | b & 0xff;
            }
            return value;
        }

        private String text(Element element) throws IOException {
            long length = element.end - element.data;
            if (length > 64) {
                throw new InvalidVideoException(NOT_A_VIDEO);
            }
            return new String(read(channel, element.data, (int) length), StandardCharsets.US_ASCII).replace("\0", "");
        }
    }
}
