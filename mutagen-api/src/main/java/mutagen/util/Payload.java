// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The new bytes of a splice: a sequence of parts, each a range of an array in memory or of a {@link Spill} file on
 * disk. Slicing and concatenating share the parts instead of copying bytes, so merging splices costs no copy and a
 * 200 MB picture that went to the spill file never comes back into memory; it is streamed to the file on commit.
 * Immutable.
 */
final class Payload {
    static final Payload EMPTY = new Payload(List.of(), 0);

    /**
     * One part: {@code length} bytes at {@code offset} of {@code array}, or of {@code spill} when the array is null,
     * or zeros when both are (room a resize made, which no memory or disk needs to hold).
     */
    private record Part(byte[] array, Spill spill, long offset, long length) {
        Part slice(long from, long to) {
            return new Part(array, spill, offset + from, to - from);
        }

        void copyTo(long from, byte[] out, int at, int n) throws IOException {
            if (array != null) {
                System.arraycopy(array, (int) (offset + from), out, at, n);
            } else if (spill != null) {
                spill.read(offset + from, out, at, n);
            } else {
                Arrays.fill(out, at, at + n, (byte) 0);
            }
        }
    }

    private final List<Part> parts;
    private final long length;

    private Payload(List<Part> parts, long length) {
        this.parts = parts;
        this.length = length;
    }

    /** The bytes of an array (not copied: the caller must not change it). */
    static Payload of(byte[] data) {
        return data.length == 0 ? EMPTY : new Payload(List.of(new Part(data, null, 0, data.length)), data.length);
    }

    /** {@code length} bytes at {@code offset} of a spill file. */
    static Payload spilled(Spill spill, long offset, long length) {
        return length == 0 ? EMPTY : new Payload(List.of(new Part(null, spill, offset, length)), length);
    }

    /** {@code length} zero bytes, held nowhere. */
    static Payload zeros(long length) {
        return length == 0 ? EMPTY : new Payload(List.of(new Part(null, null, 0, length)), length);
    }

    long length() {
        return length;
    }

    /** How many of the bytes are held in memory (zeros are not). */
    long inMemory() {
        long n = 0;
        for (Part p : parts) {
            n += p.array != null ? p.length : 0;
        }
        return n;
    }

    /** The bytes from {@code from} to {@code to}, sharing the parts. */
    Payload slice(long from, long to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + length);
        }
        if (from == 0 && to == length) {
            return this;
        }
        List<Part> out = new ArrayList<>();
        long at = 0;
        for (Part p : parts) {
            long lo = Math.max(from, at);
            long hi = Math.min(to, at + p.length);
            if (lo < hi) {
                out.add(p.slice(lo - at, hi - at));
            }
            at += p.length;
        }
        return out.isEmpty() ? EMPTY : new Payload(out, to - from);
    }

    /** The payloads one after another, sharing their parts. */
    static Payload concat(Payload... payloads) {
        List<Part> out = new ArrayList<>();
        long n = 0;
        for (Payload p : payloads) {
            out.addAll(p.parts);
            n += p.length;
        }
        return n == 0 ? EMPTY : new Payload(out, n);
    }

    /** Copies {@code n} bytes from {@code from} into {@code out} at {@code at}. */
    void copyTo(long from, byte[] out, int at, int n) throws IOException {
        long pos = 0;
        for (Part p : parts) {
            long lo = Math.max(from, pos);
            long hi = Math.min(from + n, pos + p.length);
            if (lo < hi) {
                p.copyTo(lo - pos, out, at + (int) (lo - from), (int) (hi - lo));
            }
            pos += p.length;
        }
    }

    /** All the bytes in one array (for payloads that fit one; spilled parts are read back). */
    byte[] toArray() throws IOException {
        if (parts.size() == 1 && parts.get(0).array != null && parts.get(0).offset == 0
                && parts.get(0).length == parts.get(0).array.length) {
            return parts.get(0).array;
        }
        byte[] out = new byte[Math.toIntExact(length)];
        copyTo(0, out, 0, out.length);
        return out;
    }

    /** Whether the bytes are one range of one array in memory (written with one call, no buffer needed). */
    boolean isOneArray() {
        return parts.size() == 1 && parts.get(0).array != null;
    }

    /**
     * Writes the bytes to {@code ch} at {@code position}: one range of one array with one write, anything else
     * (parts merged from several writes, zeros, spilled bytes) assembled in {@code buf}, one write per buffer.
     */
    void writeTo(SeekableByteChannel ch, long position, byte[] buf) throws IOException {
        if (isOneArray()) {
            Part p = parts.get(0);
            FileEdit.writeFully(ch, position, ByteBuffer.wrap(p.array, (int) p.offset, (int) p.length));
            return;
        }
        for (long done = 0; done < length; ) {
            int n = (int) Math.min(buf.length, length - done);
            copyTo(done, buf, 0, n);
            FileEdit.writeFully(ch, position + done, ByteBuffer.wrap(buf, 0, n));
            done += n;
        }
    }

    /** Whether the bytes equal {@code length()} original bytes at {@code offset}, compared through {@code buf}. */
    boolean equalsOriginal(EditPlan.OriginalReader original, long offset, byte[] buf) throws IOException {
        byte[] mine = new byte[(int) Math.min(buf.length, length)];
        for (long done = 0; done < length; ) {
            int n = (int) Math.min(buf.length, length - done);
            original.read(offset + done, buf, 0, n);
            copyTo(done, mine, 0, n);
            if (!Arrays.equals(buf, 0, n, mine, 0, n)) {
                return false;
            }
            done += n;
        }
        return true;
    }
}
