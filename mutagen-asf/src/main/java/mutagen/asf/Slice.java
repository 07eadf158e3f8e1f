// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.util.Arrays;

/**
 * An object's payload read the way mutagen reads it: {@code struct.unpack} of a fixed size (too few bytes is
 * {@code ASFHeaderError("truncated")}, mutagen's {@code struct.error}) and Python slices, which stop at the end.
 * Positions are {@code long} so that sizes from the file never overflow.
 */
final class Slice {
    private final byte[] data;

    Slice(byte[] data) {
        this.data = data;
    }

    int length() {
        return data.length;
    }

    /** Fails unless {@code n} bytes are there at {@code pos}. */
    void need(long pos, int n) throws ASFHeaderError {
        if (pos < 0 || pos > data.length - (long) n) {
            throw new ASFHeaderError("truncated");
        }
    }

    int u16(long pos) throws ASFHeaderError {
        return (int) le(pos, 2);
    }

    long u32(long pos) throws ASFHeaderError {
        return le(pos, 4);
    }

    long u64(long pos) throws ASFHeaderError {
        return le(pos, 8);
    }

    private long le(long pos, int n) throws ASFHeaderError {
        need(pos, n);
        int at = (int) pos;
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (data[at + i] & 0xFF);
        }
        return v;
    }

    /** {@code data[from:to]}: clamped to the payload, empty when {@code to <= from}. */
    byte[] bytes(long from, long to) {
        int f = (int) Math.min(Math.max(from, 0), data.length);
        int t = (int) Math.min(Math.max(to, f), data.length);
        return Arrays.copyOfRange(data, f, t);
    }

    /** {@code data[from:to].decode('utf-16-le').strip('\x00')}, with Python's error text. */
    String textStripNul(long from, long to) throws ASFError {
        int f = (int) Math.min(Math.max(from, 0), data.length);
        int t = (int) Math.min(Math.max(to, f), data.length);
        return ASFUtil.utf16StripNul(data, f, t - f);
    }
}
