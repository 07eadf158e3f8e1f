// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.io.IOException;
import java.math.BigInteger;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import mutagen.util.Limits;

/**
 * Reads an ASF header: mutagen's {@code HeaderObject.parse_full} and the {@code parse} of each object type, with
 * its errors: a short or over-long object is {@code ASFHeaderError("truncated")} (mutagen's {@code struct.error}),
 * a size beyond the header {@code "invalid object size"}. Payloads are bounded by the file's size before anything
 * is allocated; tags and stream information are collected while walking.
 */
final class ASFParser {
    /** Header extension objects nested deeper than this are refused (Python stops with a RecursionError). */
    static final int MAX_DEPTH = 400;

    final ASFInfo info = new ASFInfo();
    private final List<List<Map.Entry<String, ASFBaseAttribute>>> found = List.of(new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

    /** The 30-byte header head: (size, object count), or "Not an ASF file.". */
    static long[] parseSize(FileSource source) throws IOException {
        byte[] head = source.read(0, 30);
        if (head.length != 30 || !startsWith(head, ASFObjects.HEADER)) {
            throw new ASFHeaderError("Not an ASF file.");
        }
        ByteReader r = new ByteReader(head, 16, 28, 16, ASFHeaderError::new);
        return new long[] {r.u64le(), r.u32le()};
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the header object and every object in it. */
    ASFObject parseFull(FileSource source) throws IOException {
        ASFObject header = new ASFObject(ASFObjects.HEADER);
        long[] head = parseSize(source);
        // Python's integers, in unsigned longs: the header size is a u64, so what is left of it after the 30 bytes
        // read so far is below 2^64 (and when the size is under 30, the first object fails the check below)
        boolean below30 = Long.compareUnsigned(head[0], 30) < 0;
        long remaining = head[0] - 30;
        // every object lies inside the header, so one reader over it (cut at the end of the file) serves them all
        long fileSize = source.size();
        long inFile = Math.max(0, fileSize - 30);
        ByteReader r = source.reader(30, below30 ? 0 : Long.compareUnsigned(remaining, inFile) < 0 ? remaining
                : inFile, ASFHeaderError::new);
        for (long i = 0; i < head[1]; i++) {
            if (below30 || Long.compareUnsigned(remaining, 24) < 0) {
                throw new ASFHeaderError("invalid header size");
            }
            if (r.remaining() < 24) {
                throw new ASFHeaderError("truncated");
            }
            remaining -= 24;
            byte[] guid = r.bytes(16);
            long objectSize = r.u64le();
            if (Long.compareUnsigned(objectSize, 24) < 0) {
                // a negative payload: never more than what is left; Python's read(-1) reads to the end, which is
                // never that length, and it refuses lengths below -1
                throw new ASFHeaderError(objectSize == 23 ? "truncated" : "read length must be non-negative or -1");
            }
            long payload = objectSize - 24;
            if (Long.compareUnsigned(remaining, payload) < 0) {
                throw new ASFHeaderError("invalid object size");
            }
            remaining -= payload;
            if (payload < 0) {
                throw new ASFHeaderError("invalid header size"); // beyond 2^63: Python's OverflowError
            }
            // inside the header now: what the reader lacks, the file lacks
            if (payload > r.remainingLong()) {
                throw new ASFHeaderError("truncated");
            }
            if (payload > Limits.MAX_ARRAY) {
                throw new ASFHeaderError("invalid header size"); // Python's MemoryError
            }
            ASFObject obj = ASFObject.owning(guid);
            parseObject(obj, r.bytes(payload), 0);
            header.objects().add(obj);
        }
        return header;
    }

    void parseObject(ASFObject obj, byte[] data, int depth) throws ASFError {
        obj.data(data);
        ASFObjects.kind(obj.guid()).parser().parse(this, obj, data, depth);
    }

    /** The attributes in mutagen's order: content description, extended, metadata, metadata library. */
    List<Map.Entry<String, ASFBaseAttribute>> tags() {
        List<Map.Entry<String, ASFBaseAttribute>> all = new ArrayList<>();
        for (List<Map.Entry<String, ASFBaseAttribute>> l : found) {
            all.addAll(l);
        }
        return all;
    }

    private void found(int slot, String name, ASFBaseAttribute value) {
        found.get(slot).add(new AbstractMap.SimpleImmutableEntry<>(name, value));
    }

    // ---- the parsers of the table ----

    static void keep(ASFParser state, ASFObject obj, byte[] data, int depth) {
    }

    static void header(ASFParser state, ASFObject obj, byte[] data, int depth) throws ASFError {
        throw new ASFError(""); // mutagen's HeaderObject.parse raises NotImplementedError
    }

    static void contentDescription(ASFParser state, ASFObject obj, byte[] data, int depth) throws ASFError {
        Slice s = new Slice(data);
        int[] lengths = new int[5];
        for (int i = 0; i < 5; i++) {
            lengths[i] = s.u16(2 * i);
        }
        long pos = 10;
        for (int i = 0; i < 5; i++) {
            long end = pos + lengths[i];
            if (lengths[i] > 0) {
                String text = s.textStripNul(pos, end);
                state.found(0, ASFRenderer.CONTENT_NAMES.get(i), new ASFUnicodeAttribute(text));
            }
            pos = end;
        }
    }

    static void extendedContentDescription(ASFParser state, ASFObject obj, byte[] data, int depth)
            throws ASFError {
        Slice s = new Slice(data);
        int count = s.u16(0);
        long pos = 2;
        for (int i = 0; i < count; i++) {
            int nameLength = s.u16(pos);
            pos += 2;
            String name = s.textStripNul(pos, pos + nameLength);
            pos += nameLength;
            int type = s.u16(pos);
            int valueLength = s.u16(pos + 2);
            pos += 4;
            byte[] value = s.bytes(pos, pos + valueLength);
            pos += valueLength;
            state.found(1, name, ASFValue.parse(type, value, true, null, null));
        }
    }

    static void metadata(ASFParser state, ASFObject obj, byte[] data, int depth) throws ASFError {
        metadataEntries(state, data, 2, false);
    }

    static void metadataLibrary(ASFParser state, ASFObject obj, byte[] data, int depth) throws ASFError {
        metadataEntries(state, data, 3, true);
    }

    private static void metadataEntries(ASFParser state, byte[] data, int slot, boolean library) throws ASFError {
        Slice s = new Slice(data);
        int count = s.u16(0);
        long pos = 2;
        for (int i = 0; i < count; i++) {
            s.need(pos, 12);
            int language = s.u16(pos);
            int stream = s.u16(pos + 2);
            int nameLength = s.u16(pos + 4);
            int type = s.u16(pos + 6);
            long valueLength = s.u32(pos + 8);
            pos += 12;
            String name = s.textStripNul(pos, pos + nameLength);
            pos += nameLength;
            byte[] value = s.bytes(pos, pos + valueLength);
            pos += valueLength;
            state.found(slot, name, ASFValue.parse(type, value, type != ASFBoolAttribute.TYPE,
                    library ? Integer.valueOf(language) : null, stream));
        }
    }

    static void fileProperties(ASFParser state, ASFObject obj, byte[] data, int depth) throws ASFError {
        if (data.length < 64) {
            throw new ASFError("invalid field property entry");
        }
        Slice s = new Slice(data);
        double length = unsigned(s.u64(40)) / 10000000.0;
        double preroll = unsigned(s.u64(56)) / 1000.0;
        state.info.length(Math.max(length - preroll, 0.0));
    }

    private static double unsigned(long v) {
        return v >= 0 ? (double) v : new BigInteger(Long.toUnsignedString(v)).doubleValue();
    }

    static void streamProperties(ASFParser state, ASFObject obj, byte[] data, int depth) throws ASFError {
        Slice s = new Slice(data);
        s.need(56, 10);
        state.info.stream(s.u16(56), s.u32(58), s.u32(62) * 8);
    }

    static void codecList(ASFParser state, ASFObject obj, byte[] data, int depth) throws ASFError {
        ASFCodecList.parse(state.info, new Slice(data));
    }

    static void headerExtension(ASFParser state, ASFObject obj, byte[] data, int depth) throws ASFError {
        if (depth >= MAX_DEPTH) {
            throw new ASFHeaderError("header extension objects nested too deeply");
        }
        Slice s = new Slice(data);
        long dataSize = s.u32(18);
        long dataPos = 0;
        while (dataPos < dataSize) {
            long at = 22 + dataPos;
            s.need(at, 24);
            byte[] guid = s.bytes(at, at + 16);
            long size = s.u64(at + 16);
            if (size == 0) {
                throw new ASFHeaderError("invalid size in header extension");
            }
            long end = Long.compareUnsigned(size, data.length) > 0 ? data.length : at + size;
            ASFObject child = ASFObject.owning(guid);
            state.parseObject(child, s.bytes(at + 24, end), depth + 1);
            obj.objects().add(child);
            dataPos = Long.compareUnsigned(size, 1L << 40) > 0 ? Long.MAX_VALUE : dataPos + size;
        }
    }
}
