// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.spi;

import java.io.IOException;
import java.util.Locale;
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
    private final byte[] header;
    private byte[] tail = new byte[0];
    private boolean tailRead;
    private String lowerName;

    private ProbeInput(FileSource source, byte[] header) {
        this.source = source;
        this.header = header;
    }

    /**
     * Reads the header of the source (a read failure gives an empty header, as in mutagen).
     *
     * @param source the file to read (or to edit in place)
     * @return the {@code ProbeInput}
     */
    public static ProbeInput of(FileSource source) {
        byte[] header;
        try {
            header = source.read(0, HEADER_SIZE);
        } catch (IOException e) {
            header = new byte[0];
        }
        return new ProbeInput(source, header);
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
        if (start >= 0 && isAscii(name, start)) {
            // ASCII characters lower-case one to one: compare the end in place (no lower-cased copy of the path).
            for (int i = 0; i < m; i++) {
                char c = name.charAt(start + i);
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != lowerCaseSuffix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
        if (lowerName == null) {
            // Every provider asks, often for several suffixes: lower-case the name once.
            lowerName = name.toLowerCase(Locale.ROOT);
        }
        return lowerName.endsWith(lowerCaseSuffix);
    }

    private static boolean isAscii(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
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
        return header.clone();
    }

    /**
     * Whether the header starts with the bytes.
     *
     * @param magic the magic bytes
     * @return whether the header starts with the bytes
     */
    public boolean headerStartsWith(byte[] magic) {
        return mutagen.util.Bytes.startsWith(header, magic);
    }

    /**
     * Whether the header contains the bytes anywhere.
     *
     * @param needle the bytes to look for
     * @return whether the header contains the bytes anywhere
     */
    public boolean headerContains(byte[] needle) {
        return mutagen.util.Bytes.contains(header, needle);
    }

    /**
     * The last {@code n} bytes of the file (fewer when it is shorter), read once for the largest {@code n} asked so
     * far.
     *
     * @param n the number
     * @return the last {@code n} bytes of the file (fewer when it is shorter), read once for the largest {@code n}
     *     asked so far
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public byte[] tail(int n) throws IOException {
        if (!tailRead || tail.length < n) {
            long size = source.size();
            int want = (int) Math.min(n, size);
            if (!tailRead || want > tail.length) {
                tail = source.read(size - want, want);
                tailRead = true;
            }
        }
        if (tail.length <= n) {
            return tail.clone();
        }
        return java.util.Arrays.copyOfRange(tail, tail.length - n, tail.length);
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
