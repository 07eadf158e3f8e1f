// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.spi;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * What a {@link FormatProvider} sees while scoring: the file name, the first bytes and, on request, the last bytes.
 * Read-only and shared by all providers; the tail is read once and cached.
 *
 * <p>Immutable once made; used by the thread that opens the file.
 */
public final class ProbeInput {
    /** The number of header bytes mutagen reads before scoring. */
    public static final int HEADER_SIZE = 128;

    private final FileSource source;
    // The header is header[headerFrom, headerTo) and the tail tail[tailFrom, tail.length): for bytes in memory both
    // are views of the caller's array (every open probes, and 24 providers ask: no copy of either).
    private final byte[] header;
    private final int headerFrom;
    private final int headerTo;
    // Shared empty array until the tail is read (no allocation for the probes that never ask).
    private byte[] tail = Bytes.EMPTY;
    private int tailFrom;
    private boolean tailRead;
    private String lowerName;

    private ProbeInput(FileSource source, byte[] header, int from, int to) {
        this.source = source;
        this.header = header;
        this.headerFrom = from;
        this.headerTo = to;
    }

    /**
     * Reads the header of the source (a read failure gives an empty header, as in mutagen).
     *
     * @param source the file to read (or to edit in place)
     * @return the {@code ProbeInput}
     */
    public static ProbeInput of(FileSource source) {
        try {
            ByteReader view = inMemory(source, 0, (int) Math.min(HEADER_SIZE, source.size()));
            if (view != null) {
                return new ProbeInput(source, view.array(), view.arrayPosition(), view.arrayLimit());
            }
            byte[] header = source.read(0, HEADER_SIZE);
            return new ProbeInput(source, header, 0, header.length);
        } catch (IOException e) {
            return new ProbeInput(source, Bytes.EMPTY, 0, 0);
        }
    }

    /** A reader over {@code n} bytes at {@code offset} when the source holds them in memory, else {@code null}. */
    private static ByteReader inMemory(FileSource source, long offset, int n) throws IOException {
        ByteReader r = source.reader(offset, n, ErrorFactory.GENERIC);
        return r.arrayLimit() - r.arrayPosition() == n ? r : null;
    }

    /**
     * The file name as given (may be empty).
     *
     * @return the file name as given (may be empty)
     */
    public String fileName() {
        return source.name();
    }

    /**
     * Whether the lower-cased file name ends with the suffix (mutagen's {@code filename.lower().endswith}).
     *
     * @param lowerCaseSuffix the lower case suffix
     * @return whether the lower-cased file name ends with the suffix (mutagen's {@code filename.lower().endswith})
     */
    public boolean nameEndsWith(String lowerCaseSuffix) {
        String name = source.name();
        int m = lowerCaseSuffix.length();
        int start = name.length() - m;
        for (int i = 0; i < m; i++) {
            char c = start < 0 ? 0x80 : name.charAt(start + i);
            if (c >= 0x80) {
                // Not ASCII, or shorter than the suffix: lower-case the whole name (once per probe), as Python does.
                if (lowerName == null) {
                    lowerName = name.toLowerCase(Locale.ROOT);
                }
                return lowerName.endsWith(lowerCaseSuffix);
            }
            // ASCII characters lower-case one to one, whatever comes before them: compare the end in place.
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerCaseSuffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first bytes, at most {@link #HEADER_SIZE}; a copy.
     *
     * @return the first bytes, at most {@link #HEADER_SIZE}; a copy
     */
    public byte[] header() {
        return Arrays.copyOfRange(header, headerFrom, headerTo);
    }

    /** The number of header bytes. */
    int headerLength() {
        return headerTo - headerFrom;
    }

    /** The header byte at {@code offset} (below {@link #headerLength()}), without a copy of the header. */
    byte headerByte(int offset) {
        return header[headerFrom + offset];
    }

    /**
     * Whether the header starts with the bytes.
     *
     * @param magic the magic bytes
     * @return whether the header starts with the bytes
     */
    public boolean headerStartsWith(byte[] magic) {
        return headerMatchesAt(0, magic);
    }

    /**
     * Whether the header holds the bytes at {@code offset} (Python's {@code header[offset:offset + len] == part}).
     *
     * @param offset the offset in the header
     * @param part the bytes
     * @return whether the header holds the bytes at {@code offset}
     */
    public boolean headerMatchesAt(int offset, byte[] part) {
        return offset >= 0 && part.length <= headerTo - headerFrom - offset
                && Bytes.regionMatches(header, headerFrom + offset, part);
    }

    /**
     * Whether the header contains the bytes anywhere.
     *
     * @param needle the bytes to look for
     * @return whether the header contains the bytes anywhere
     */
    public boolean headerContains(byte[] needle) {
        return Bytes.indexOf(header, needle, headerFrom, headerTo) >= 0;
    }

    /**
     * The last {@code n} bytes of the file (fewer when the file is shorter), read once and kept.
     *
     * @param n how many bytes at most
     * @return the last {@code n} bytes of the file (fewer when the file is shorter)
     * @throws IOException if the file cannot be read
     */
    public byte[] tail(int n) throws IOException {
        byte[] t = readTail(n);
        return Arrays.copyOfRange(t, Math.max(tailFrom, t.length - n), t.length);
    }

    /**
     * Whether the last {@code n} bytes of the file hold {@code needle} (Python's {@code needle in tail}), without a
     * copy of the tail.
     *
     * @param n how many bytes at most
     * @param needle the bytes to look for
     * @return whether the last {@code n} bytes of the file hold {@code needle}
     * @throws IOException if the file cannot be read
     */
    public boolean tailContains(int n, byte[] needle) throws IOException {
        byte[] t = readTail(n);
        return Bytes.indexOf(t, needle, Math.max(tailFrom, t.length - n)) >= 0;
    }

    /** The array whose bytes from {@link #tailFrom} to its end are the file's last bytes, at least {@code n} of them. */
    private byte[] readTail(int n) throws IOException {
        if (!tailRead || tail.length - tailFrom < n) {
            long size = source.size();
            int want = (int) Math.min(n, size);
            if (!tailRead || want > tail.length - tailFrom) {
                ByteReader view = inMemory(source, size - want, want);
                if (view != null && view.arrayLimit() == view.array().length) {
                    tail = view.array();
                    tailFrom = view.arrayPosition();
                } else {
                    tail = source.read(size - want, want);
                    tailFrom = 0;
                }
                tailRead = true;
            }
        }
        return tail;
    }

    /**
     * The size of the file.
     *
     * @return the size of the file
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public long size() throws IOException {
        return source.size();
    }
}
