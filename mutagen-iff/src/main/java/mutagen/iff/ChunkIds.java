// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

import mutagen.util.PyRepr;

/**
 * Chunk IDs (FOURCCs): validation as mutagen's {@code is_valid_chunk_id} and the decoding of an ID read from a
 * header (ASCII, trailing whitespace removed as Python's {@code str.rstrip()}).
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class ChunkIds {
    /** The IDs and container names that most files hold, made once (as read: trailing spaces kept). */
    private static final String[] COMMON = {"RIFF", "WAVE", "fmt ", "data", "LIST", "INFO", "id3 ", "ID3 ", "fact",
        "JUNK", "FORM", "AIFF", "AIFC", "COMM", "SSND", "FVER", "FRM8", "DSD ", "PROP", "SND ", "FS  ", "CHNL", "CMPR",
        "DST ", "FRTE", "DIIN"};
    /** {@link #COMMON}'s four bytes as big-endian ints. */
    private static final int[] CODES = new int[COMMON.length];
    /** {@link #COMMON} with trailing spaces removed, as {@link #decode} answers. */
    private static final String[] STRIPPED = new String[COMMON.length];

    static {
        for (int i = 0; i < COMMON.length; i++) {
            byte[] b = COMMON[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            CODES[i] = code(b, 0);
            STRIPPED[i] = COMMON[i].stripTrailing();
        }
    }

    private ChunkIds() {
    }

    private static int code(byte[] b, int off) {
        return (b[off] & 0xFF) << 24 | (b[off + 1] & 0xFF) << 16 | (b[off + 2] & 0xFF) << 8 | (b[off + 3] & 0xFF);
    }

    /**
     * The common ID or name of the four bytes at {@code off} without making a new string, or null when they are not
     * one of the common ones.
     */
    static String common(byte[] b, int off, boolean stripped) {
        int code = code(b, off);
        for (int i = 0; i < CODES.length; i++) {
            if (CODES[i] == code) {
                return stripped ? STRIPPED[i] : COMMON[i];
            }
        }
        return null;
    }

    /**
     * Whether {@code id} is a valid chunk ID: 1 to 4 characters, each from {@code ' '} to {@code '~'}.
     *
     * @param id the identifier
     * @return whether {@code id} is a valid chunk ID: 1 to 4 characters, each from {@code ' '} to {@code '~'}
     */
    public static boolean isValidChunkId(String id) {
        if (id.isEmpty() || id.length() > 4) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks an ID given by the caller (mutagen's {@code assert_valid_chunk_id}).
     *
     * @param id the identifier
     * @throws IllegalArgumentException (Python's {@code ValueError}) when it is not valid
     */
    public static void assertValidChunkId(String id) {
        if (!isValidChunkId(id)) {
            throw new IllegalArgumentException("IFF chunk ID must be four ASCII characters.");
        }
    }

    /**
     * The ID of the four bytes at {@code off}: ASCII with trailing whitespace removed.
     *
     * @throws InvalidChunk with Python's {@code UnicodeDecodeError} text for a byte above 0x7F, or
     *     {@code Invalid chunk ID '...'} when the result is not valid
     */
    static String decode(byte[] header, int off) throws InvalidChunk {
        String known = common(header, off, true);
        if (known != null) {
            return known;
        }
        for (int i = 0; i < 4; i++) {
            int b = header[off + i] & 0xFF;
            if (b > 0x7F) {
                throw new InvalidChunk(asciiError(b, i));
            }
        }
        int end = 4;
        while (end > 0 && isPySpace(header[off + end - 1])) {
            end--;
        }
        boolean valid = end > 0;
        for (int i = 0; i < end; i++) {
            byte b = header[off + i];
            valid &= b >= ' ' && b <= '~';
        }
        String id = new String(header, off, end, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!valid) { // isValidChunkId(id), on the bytes
            throw new InvalidChunk("Invalid chunk ID " + PyRepr.str(id));
        }
        return id;
    }

    /** Python's text for an ASCII decoding failure at {@code position}. */
    static String asciiError(int b, int position) {
        return String.format("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", b,
                position);
    }

    /** Whether an ASCII byte is whitespace for Python's {@code str.isspace()} (0x09-0x0D, 0x1C-0x1F, space). */
    private static boolean isPySpace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
    }
}
