// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Arrays;

/** The bytes of a frame left to read: a cursor the field specs consume from the front. */
final class SpecData {
    byte[] buf;
    int pos;
    int end;

    SpecData(byte[] buf) {
        this(buf, 0, buf.length);
    }

    SpecData(byte[] buf, int pos, int end) {
        this.buf = buf;
        this.pos = pos;
        this.end = end;
    }

    int remaining() {
        return end - pos;
    }

    boolean isEmpty() {
        return pos >= end;
    }

    /** The unsigned byte at {@code pos + i}; the caller checked the bounds. */
    int at(int i) {
        return buf[pos + i] & 0xFF;
    }

    /** Up to {@code n} bytes (fewer when fewer are left), as Python's {@code data[:n]} then {@code data[n:]}. */
    byte[] take(int n) {
        int k = Math.min(n, remaining());
        byte[] out = Arrays.copyOfRange(buf, pos, pos + k);
        pos += k;
        return out;
    }

    /** All bytes left. */
    byte[] rest() {
        byte[] out = Arrays.copyOfRange(buf, pos, end);
        pos = end;
        return out;
    }

    /** A copy of what is left, without consuming it. */
    byte[] peekRest() {
        return Arrays.copyOfRange(buf, pos, end);
    }

    /** Replaces the contents by a new buffer read from its start. */
    void reset(byte[] newBuf, int newPos) {
        buf = newBuf;
        pos = newPos;
        end = newBuf.length;
    }

    /** Whether every byte left is NUL. */
    boolean restIsZero() {
        for (int i = pos; i < end; i++) {
            if (buf[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
