// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    static List<Map.Entry<String, APEValue>> parse(byte[] tag, long count) throws MutagenError {
        ByteReader r = new ByteReader(tag, APEv2Error::new);
        List<Map.Entry<String, APEValue>> out = new ArrayList<>();
        // every item takes at least 9 bytes, so the loop ends with the data whatever the count says
        for (long i = 0; i < count && r.hasRemaining(); i++) {
            out.add(item(r));
        }
        return out;
    }

    private static Map.Entry<String, APEValue> item(ByteReader r) throws MutagenError {
        if (r.remaining() < 8) {
            throw new APEv2Error("");
        }
        long size = r.u32le();
        long flags = r.u32le();
        int kind = (int) ((flags & 6) >> 1);
        if (kind == 3) {
            throw new APEBadItemError("value type must be 0, 1, or 2");
        }
        String key = key(r);
        if (!APEv2.isValidApev2Key(key)) {
            throw new APEBadItemError(PyRepr.str(key) + " is not a valid APEv2 key");
        }
        if (size > r.remaining()) {
            throw new APEBadItemError("");
        }
        return Map.entry(key, APEValue.parse(r.bytes(size), kind));
    }

    /** The key up to its NUL (consumed), ASCII; mutagen fails when the data ends before the NUL. */
    private static String key(ByteReader r) throws MutagenError {
        int n = r.remaining();
        int nul = 0;
        while (nul < n && r.peek(nul) != 0) {
            nul++;
        }
        if (nul == n) {
            throw new APEBadItemError("");
        }
        byte[] key = r.bytes(nul + 1);
        for (int i = 0; i < nul; i++) {
            if (key[i] < 0) {
                throw new APEBadItemError(String.format(
                        "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)",
                        key[i] & 0xFF, i));
            }
        }
        return new String(key, 0, nul, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
