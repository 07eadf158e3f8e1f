// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import mutagen.util.BitPaddedInt;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;

/**
 * The body of a frame with format flags, made readable (the part of mutagen's {@code Frame._fromData} before the
 * fields): the v2.4 data length skipped, unsynchronisation undone, compressed data inflated with the tag's one
 * {@code Inflater}; encrypted frames refused.
 *
 * <p>Thread-safe: static methods only; the {@code Inflater} is the header's, used by one thread.
 */
final class FrameBody {
    private FrameBody() {
    }

    /**
     * The body of a frame whose flags (or the tag's unsynchronisation) need handling, as a frame reader; the bytes
     * made (decoded or inflated) are written in {@code scratch} when it is given, else in a new array.
     */
    static ByteReader flagged(ID3Header header, int tflags, byte[] data, int from, int to, Scratch scratch)
            throws ID3JunkFrameError, ID3EncryptionUnsupportedError {
        return header.major >= 4 ? v24(header, tflags, data, from, to, scratch)
                : v23(header, tflags, data, from, to, scratch);
    }

    /**
     * A thread's array for the bodies it makes readable (undone unsynchronisation, inflated data), reused from frame
     * to frame and tag to tag: a field keeps a copy of what it reads (bytes, text), never the array, so the array is
     * free again once the frame's fields are read. Taken by one body at a time: a frame read while another holds it
     * (a CHAP's flagged sub-frame) gets new arrays.
     */
    static final class Scratch {
        private static final ThreadLocal<Scratch> MINE = ThreadLocal.withInitial(Scratch::new);
        // The largest array a thread keeps (a larger body gets its own array): at most 2 x 64 KiB per thread that
        // ever read a flagged frame or an unsynchronised tag, so a server's many threads hold little.
        private static final int MAX = 1 << 16;
        private byte[] buf = new byte[0];
        private boolean taken;
        // A second array for the undone unsynchronisation of a compressed body, the input of the inflating.
        private Scratch input;
        /** How many bytes the last {@link #array} call asked for. */
        int length;

        private Scratch() {
        }

        /** The scratch for the input of a compressed body (used while the body is made, then free). */
        Scratch input() {
            if (input == null) {
                input = new Scratch();
            }
            return input;
        }

        /** This thread's scratch, taken now, or {@code null} while another body holds it. */
        static Scratch take() {
            Scratch s = MINE.get();
            if (s.taken) {
                return null;
            }
            s.taken = true;
            return s;
        }

        /** Frees the scratch taken (a no-op for {@code null}). */
        static void release(Scratch s) {
            if (s != null) {
                s.taken = false;
            }
        }

        /** An array of at least {@code n} bytes whose first {@code n} the caller writes; notes {@code n}. */
        byte[] array(int n) {
            length = n;
            if (buf.length >= n) {
                return buf;
            }
            if (n > MAX) {
                return new byte[n];
            }
            buf = new byte[Math.max(n, Math.min(2 * buf.length, MAX))];
            return buf;
        }

        /** {@code array} grown to {@code n} bytes, its first {@code kept} bytes kept (the scratch's own if it fits). */
        byte[] grow(byte[] array, int kept, int n) {
            if (array == buf && n <= MAX) {
                byte[] bigger = array(n);
                if (bigger != array) {
                    System.arraycopy(array, 0, bigger, 0, kept);
                }
                return bigger;
            }
            return Arrays.copyOf(array, n);
        }
    }

    /** The body of a compressed or encrypted v2.3 frame, inflated. */
    private static ByteReader v23(ID3Header header, int tflags, byte[] data, int from, int to, Scratch scratch)
            throws ID3JunkFrameError, ID3EncryptionUnsupportedError {
        if ((tflags & Frame.FLAG23_COMPRESS) != 0 && to - from < 4) {
            throw new ID3JunkFrameError("frame too small");
        }
        if ((tflags & Frame.FLAG23_ENCRYPT) != 0) {
            throw new ID3EncryptionUnsupportedError("");
        }
        ByteReader body = inflate(header, data, from + 4, to, Bytes.u32be(data, from), scratch);
        if (body == null) {
            throw new ID3JunkFrameError("zlib: invalid data");
        }
        return body;
    }

    /** The body of a v2.4 frame with its flags handled (the data length skipped, unsynchronised, inflated). */
    private static ByteReader v24(ID3Header header, int tflags, byte[] data, int from, int to, Scratch scratch)
            throws ID3JunkFrameError, ID3EncryptionUnsupportedError {
        int lengthAt = from;
        if ((tflags & (Frame.FLAG24_COMPRESS | Frame.FLAG24_DATALEN)) != 0) {
            from = Math.min(from + 4, to);
        }
        byte[] orig = data;
        boolean compressed = (tflags & Frame.FLAG24_COMPRESS) != 0;
        if ((tflags & Frame.FLAG24_UNSYNCH) != 0 || header.fUnsynch()) {
            // Undone in the scratch the fields read from, or for a compressed body in its input scratch (the
            // inflated data goes to the first).
            Scratch into = scratch == null ? null : compressed ? scratch.input() : scratch;
            byte[] decoded = Unsynch.decodeOrNull(data, from, to, into);
            if (decoded != null && decoded != data) {
                data = decoded;
                from = 0;
                to = into != null ? into.length : decoded.length;
            }
        }
        if ((tflags & Frame.FLAG24_ENCRYPT) != 0) {
            throw new ID3EncryptionUnsupportedError("");
        }
        if (!compressed) {
            return Spec.frameReader(data, from, to);
        }
        int lengthEnd = Math.min(lengthAt + 4, to);
        long hint = lengthEnd - lengthAt == 4 ? BitPaddedInt.decode(Bytes.u32be(orig, lengthAt), 7) : 0;
        ByteReader inflated = inflate(header, data, from, to, hint, scratch);
        if (inflated == null) {
            // The mutagen that shipped with QL 0.12 wrote no 4-byte size: retry with those bytes.
            if (data == orig) {
                inflated = inflate(header, data, lengthAt, to, 0, scratch);
            } else {
                byte[] joined = new byte[lengthEnd - lengthAt + to - from];
                System.arraycopy(orig, lengthAt, joined, 0, lengthEnd - lengthAt);
                System.arraycopy(data, from, joined, lengthEnd - lengthAt, to - from);
                inflated = inflate(header, joined, 0, joined.length, 0, scratch);
            }
            if (inflated == null) {
                throw new ID3JunkFrameError("zlib: invalid data");
            }
        }
        return inflated;
    }

    /** The most a compressed frame may inflate to (an ID3 tag's largest size; Python's zlib has no bound). */
    private static final int MAX_INFLATED = 1 << 28;

    /**
     * A frame reader over {@code data[from, to)} zlib-inflated as Python's {@code zlib.decompress} does (a complete
     * stream required), or {@code null}. The output array starts at the frame's stated size when that is plausible.
     */
    static ByteReader inflate(ID3Header header, byte[] data, int from, int to, long sizeHint) {
        return inflate(header, data, from, to, sizeHint, null);
    }

    /** {@link #inflate(ID3Header, byte[], int, int, long)} into {@code scratch} when it is given. */
    static ByteReader inflate(ID3Header header, byte[] data, int from, int to, long sizeHint, Scratch scratch) {
        // A stream whose header zlib refuses fails here, without the Inflater's DataFormatException (its stack
        // trace was most of the cost of a compressed frame's first, failed reading; see v24's retry).
        if (to - from < 2 || !zlibHeader(data[from] & 0xFF, data[from + 1] & 0xFF)) {
            return null;
        }
        java.util.zip.Inflater inf = header.inflater();
        inf.setInput(data, from, to - from);
        long plausible = Math.min(64L * (to - from) + 1024, MAX_INFLATED);
        // One byte beyond the stated size, so that the stream's end is read without growing the array.
        long size = sizeHint > 0 && sizeHint <= plausible ? sizeHint + 1 : Math.min(4L * (to - from) + 64, plausible);
        byte[] out = scratch != null ? scratch.array((int) size) : new byte[(int) size];
        int n = 0;
        try {
            while (!inf.finished()) {
                if (n == out.length) {
                    if (n > MAX_INFLATED) {
                        return null;
                    }
                    int bigger = (int) Math.min(2L * n, MAX_INFLATED + 1L);
                    out = scratch != null ? scratch.grow(out, n, bigger) : Arrays.copyOf(out, bigger);
                }
                int k = inf.inflate(out, n, out.length - n);
                if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    return null;
                }
                n += k;
            }
        } catch (DataFormatException e) {
            return null;
        }
        return n > MAX_INFLATED ? null : Spec.frameReader(out, 0, n);
    }

    /**
     * Whether two bytes are a zlib header that zlib accepts with its default window (what Python's
     * {@code zlib.decompress} uses): the check value, deflate as the method, a window of at most 32 KB, no preset
     * dictionary (which a stream of a frame cannot supply).
     */
    static boolean zlibHeader(int cmf, int flg) {
        return ((cmf << 8) | flg) % 31 == 0 && (cmf & 0x0F) == 8 && (cmf >>> 4) <= 7 && (flg & 0x20) == 0;
    }

    /**
     * Whether {@link Frame#fromData} would end with {@link ID3EncryptionUnsupportedError} for a frame of these flags and
     * body size: the frame reader keeps such a frame as unknown without making the exception.
     */
    static boolean encrypted(ID3Header header, int tflags, int size) {
        return header.major >= 4 ? (tflags & Frame.FLAG24_ENCRYPT) != 0
                : header.major == 3 && (tflags & Frame.FLAG23_ENCRYPT) != 0 && !((tflags & Frame.FLAG23_COMPRESS) != 0 && size < 4);
    }
}
