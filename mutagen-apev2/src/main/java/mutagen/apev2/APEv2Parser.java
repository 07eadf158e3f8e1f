// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.io.IOException;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.PyRepr;

/**
 * Reads the items of an APEv2 tag as mutagen does: at most {@code count} items, stopping early at the end of the
 * data (some writers store too large a count). An item is a u32 LE value length, u32 LE flags (bits 1-2 the kind,
 * 3 is reserved), a NUL-terminated ASCII key (the NUL may be missing at the end of the data) and the value.
 */
final class APEv2Parser {
    private APEv2Parser() {
    }

    /** Reads the items into the tag ({@code tag[key] = value} for each, as mutagen's {@code __parse_tag}). */
    static void parse(ByteReader r, long count, APEv2 into) throws IOException {
        // every item takes at least 9 bytes, so the loop ends with the data whatever the count says
        for (long i = 0; i < count && r.hasRemaining(); i++) {
            item(r, into);
        }
    }

    private static void item(ByteReader r, APEv2 into) throws IOException {
        if (r.remaining() < 8) {
            throw new APEv2Error("");
        }
        long size = r.u32le();
        long flags = r.u32le();
        int kind = (int) ((flags & 6) >> 1);
        if (kind == 3) {
            throw new APEBadItemError("value type must be 0, 1, or 2");
        }
        int nul = keyLength(r);
        if (nul == r.remaining()) {
            throw new APEBadItemError("");
        }
        String key = r.read(nul + 1, (a, from, to) -> key(a, from, to - 1));
        if (!APEv2.isValidApev2Key(key)) {
            throw new APEBadItemError(PyRepr.str(key) + " is not a valid APEv2 key");
        }
        if (size > r.remaining()) {
            throw new APEBadItemError("");
        }
        into.putParsed(key, APEValue.read(r, size, kind));
    }

    /** The number of bytes before the next NUL, or {@code remaining()} when there is none. */
    private static int keyLength(ByteReader r) throws MutagenError {
        int n = r.remaining();
        byte[] a = r.array();
        int p = r.arrayPosition();
        int inMemory = Math.min(r.available(), n);
        for (int i = 0; i < inMemory; i++) {
            if (a[p + i] == 0) {
                return i;
            }
        }
        int i = inMemory;
        while (i < n && r.peek(i) != 0) {
            i++;
        }
        return i;
    }

    /** The key's bytes as ASCII text (mutagen's {@code key.decode("ascii")}). */
    private static String key(byte[] a, int from, int to) throws APEBadItemError {
        for (int i = from; i < to; i++) {
            if (a[i] < 0) {
                throw new APEBadItemError(String.format(
                        "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)",
                        a[i] & 0xFF, i - from));
            }
        }
        return new String(a, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
