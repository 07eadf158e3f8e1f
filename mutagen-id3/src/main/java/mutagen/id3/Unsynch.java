// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.io.ByteArrayOutputStream;

/**
 * ID3 unsynchronisation: a {@code 00} is inserted after every {@code FF} that is followed by {@code 00}, a byte
 * {@code >= E0} or the end of the data.
 *
 * <p>Mirrors mutagen's {@code mutagen.id3._util.unsynch}.
 */
final class Unsynch {
    private Unsynch() {
    }

    /**
     * Undoes unsynchronisation.
     *
     * @throws IllegalArgumentException when the data ends with {@code FF} or an {@code FF} is followed by a byte
     *     {@code >= E0} (not valid unsynchronised data)
     */
    static byte[] decode(byte[] value) {
        byte[] r = decodeOrNull(value);
        if (r == null) {
            throw new IllegalArgumentException("invalid sync-safe string");
        }
        return r;
    }

    /** Undoes unsynchronisation, or returns {@code null} for invalid data. */
    static byte[] decodeOrNull(byte[] value) {
        int n = value.length;
        if (n > 0 && (value[n - 1] & 0xFF) == 0xFF) {
            return null;
        }
        ByteArrayOutputStream out = null;
        for (int i = 0; i < n; i++) {
            if ((value[i] & 0xFF) == 0xFF) {
                int next = value[i + 1] & 0xFF;
                if (next == 0xFF || next >= 0xE0) {
                    // FF followed by FF is an empty fragment in mutagen's split: invalid as well.
                    return null;
                }
            }
        }
        out = new ByteArrayOutputStream(n);
        for (int i = 0; i < n; i++) {
            int b = value[i] & 0xFF;
            out.write(b);
            if (b == 0xFF && i + 1 < n && value[i + 1] == 0) {
                i++;
            }
        }
        return out.toByteArray();
    }

    /** Applies unsynchronisation. */
    static byte[] encode(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 16);
        int n = value.length;
        for (int i = 0; i < n; i++) {
            int b = value[i] & 0xFF;
            out.write(b);
            if (b == 0xFF) {
                if (i + 1 >= n) {
                    out.write(0);
                } else {
                    int next = value[i + 1] & 0xFF;
                    if (next == 0 || next >= 0xE0) {
                        out.write(0);
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
