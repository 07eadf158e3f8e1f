// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.io.IOException;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Where an APEv2 tag lies in a file (mutagen's {@code _APEv2Data}), found as mutagen finds it: a footer at the end,
 * a footer before an ID3v1 tag, a footer before a Lyrics3v2 block and an ID3v1 tag, else a header at offset 0.
 * Offsets that mutagen would seek to before the start of the file fail as its {@code OSError} does.
 */
final class APEv2Location {
    static final byte[] MAGIC = Bytes.ascii("APETAGEX");
    static final long HAS_HEADER = 1L << 31;
    static final long HAS_NO_FOOTER = 1L << 30;
    static final long IS_HEADER = 1L << 29;
    /** Python's text for a seek before the start of a file. */
    static final String BAD_SEEK = "[Errno 22] Invalid argument";

    /** Offset of the first byte of the tag (header, or repaired PyMusepack junk before it); -1 when none. */
    long start = -1;
    long header = -1;
    long data = -1;
    long footer = -1;
    long end = -1;
    /** Bytes of items (the declared size without the footer); may be negative for a broken footer. */
    long size;
    long items;
    long flags;
    boolean isAtStart;

    private APEv2Location() {
    }

    /** Finds the tag; {@link #found()} is false when there is none. */
    static APEv2Location find(FileSource src) throws IOException {
        APEv2Location loc = new APEv2Location();
        long meta = loc.findMetadata(src, src.size());
        if (meta < 0) {
            return loc;
        }
        loc.fillMissing(src, meta);
        loc.fixBrokenness(src);
        if (loc.size < -1) {
            // mutagen reads the items here too, also when saving or deleting
            throw new APEv2Error("read length must be non-negative or -1");
        }
        return loc;
    }

    boolean found() {
        return start >= 0;
    }

    private static boolean magicAt(FileSource src, long offset) throws IOException {
        return offset >= 0 && Bytes.startsWith(src.read(offset, 8), MAGIC);
    }

    /** The offset of the header or footer to read, or -1. */
    private long findMetadata(FileSource src, long fileSize) throws IOException {
        if (fileSize < 32) {
            return -1;
        }
        if (magicAt(src, fileSize - 32)) {
            footer = fileSize - 32;
            return footer;
        }
        long found = beforeId3v1(src, fileSize);
        if (found >= 0) {
            footer = found;
            return footer;
        }
        if (magicAt(src, 0)) {
            isAtStart = true;
            header = 0;
            return 0;
        }
        return -1;
    }

    /** A footer before a trailing ID3v1 tag, with or without a Lyrics3v2 block between; -1 when none. */
    private static long beforeId3v1(FileSource src, long fileSize) throws IOException {
        if (fileSize < 128 || !Bytes.startsWith(src.read(fileSize - 128, 3), Bytes.ascii("TAG"))) {
            return -1;
        }
        long apeFooter = fileSize - 160;
        if (apeFooter < 0) {
            return -1;
        }
        if (magicAt(src, apeFooter)) {
            return apeFooter;
        }
        if (!Bytes.startsWith(src.read(fileSize - 137, 9), Bytes.ascii("LYRICS200"))) {
            return -1;
        }
        Long lyricsSize = pythonInt(src.read(fileSize - 143, 6));
        if (lyricsSize == null) {
            return -1;
        }
        long at = fileSize - 175 - lyricsSize;
        return at >= 0 && magicAt(src, at) ? at : -1;
    }

    /** Python's {@code int(bytes)}: optional whitespace, sign, digits with single underscores between; else null. */
    static Long pythonInt(byte[] b) {
        String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
        if (s.startsWith("+") || s.startsWith("-")) {
            String digits = s.substring(1);
            Long v = digitsValue(digits);
            return v == null ? null : s.charAt(0) == '-' ? -v : v;
        }
        return digitsValue(s);
    }

    private static Long digitsValue(String s) {
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
            return null;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                continue;
            }
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private void fillMissing(FileSource src, long meta) throws IOException {
        byte[] d = src.read(meta + 8, 16);
        if (d.length != 16) {
            throw new APEv2Error("");
        }
        size = Bytes.u32le(d, 4);
        items = Bytes.u32le(d, 8);
        flags = Bytes.u32le(d, 12);
        if (header >= 0) {
            data = header + 32;
            end = data + size;
            if (magicAt(src, end - 32)) {
                footer = end - 32;
            }
        } else {
            end = footer + 32;
            data = end - size;
            header = (flags & HAS_HEADER) != 0 ? data - 32 : data;
        }
        if (footer >= 0) {
            size -= 32;
        }
    }

    /** Skips back over the 24-byte header copies that pre-mutagen PyMusepack left before the header. */
    private void fixBrokenness(FileSource src) throws IOException {
        long s = header;
        if (s < 0) {
            throw new APEv2Error(BAD_SEEK);
        }
        long pos = s;
        while (s > 0) {
            pos -= 24;
            if (pos < 0 || !magicAt(src, pos)) {
                break;
            }
            s = pos;
        }
        start = s;
    }

    /**
     * A reader over the items' bytes as mutagen reads them ({@code size} bytes at {@code data}, to the end when -1),
     * without copying them out of memory.
     */
    ByteReader tagReader(FileSource src) throws IOException {
        return src.reader(data, tagLength(src), APEv2Error::new);
    }

    private int tagLength(FileSource src) throws IOException {
        if (data < 0) {
            throw new APEv2Error(BAD_SEEK);
        }
        if (size < -1) {
            // Python's read(n) refuses other negative lengths with a ValueError; ours is this format's error
            throw new APEv2Error("read length must be non-negative or -1");
        }
        long left = Math.max(0, src.size() - data);
        long n = size < 0 ? left : Math.min(size, left);
        if (n > mutagen.util.Limits.MAX_ARRAY) {
            throw new APEv2Error("APEv2 tag of " + n + " bytes is too large");
        }
        return (int) n;
    }
}
