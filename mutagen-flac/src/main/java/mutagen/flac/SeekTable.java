// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.util.Bytes;

/**
 * The SEEKTABLE block (type 3): a list of {@link SeekPoint}s of 18 bytes each. Mirrors
 * {@code mutagen.flac.SeekTable}. A trailing partial point is ignored on read.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class SeekTable implements MetadataBlock {

    /** The type code of SEEKTABLE blocks. */
    public static final int CODE = 3;

    private static final int POINT_SIZE = 18;

    // Read, the points stay packed (one copy of the payload, trimmed to whole points) until first asked for: a read
    // rarely looks at them, and a table holds up to thousands of 18-byte points (an object each).
    private byte[] packed;
    private List<SeekPoint> seekpoints;

    /** Creates an empty seek table. */
    public SeekTable() {
        seekpoints = new ArrayList<>();
    }

    /**
     * Parses a SEEKTABLE payload.
     *
     * @param data the bytes
     */
    public SeekTable(byte[] data) {
        this(data, 0, data.length);
    }

    /** Parses the SEEKTABLE payload {@code data[from, to)}. */
    SeekTable(byte[] data, int from, int to) {
        packed = Arrays.copyOfRange(data, from, from + (to - from) / POINT_SIZE * POINT_SIZE);
    }

    private static List<SeekPoint> unpack(byte[] data) {
        List<SeekPoint> points = new ArrayList<>(data.length / POINT_SIZE);
        for (int at = 0; at < data.length; at += POINT_SIZE) {
            points.add(new SeekPoint(Bytes.uintBE(data, at, 8), Bytes.uintBE(data, at + 8, 8),
                    (int) Bytes.uintBE(data, at + 16, 2)));
        }
        return points;
    }

    @Override
    public int code() {
        return CODE;
    }

    /**
     * The live list of seek points.
     *
     * @return the live list of seek points
     */
    public List<SeekPoint> seekpoints() {
        if (seekpoints == null) {
            seekpoints = unpack(packed);
            packed = null;
        }
        return seekpoints;
    }

    /**
     * The payload: 18 bytes per point.
     *
     * @throws IllegalArgumentException when a point's {@code numSamples} does not fit 16 bits
     */
    @Override
    public byte[] write() {
        byte[] out = new byte[seekpoints().size() * POINT_SIZE];
        int at = 0;
        for (SeekPoint p : seekpoints()) {
            if (p.numSamples() < 0 || p.numSamples() > 0xFFFF) {
                throw new IllegalArgumentException("'H' format requires 0 <= number <= 65535");
            }
            put(out, at, p.firstSample(), 8);
            put(out, at + 8, p.byteOffset(), 8);
            put(out, at + 16, p.numSamples(), 2);
            at += POINT_SIZE;
        }
        return out;
    }

    private static void put(byte[] out, int at, long v, int width) {
        for (int i = 0; i < width; i++) {
            out[at + i] = (byte) (v >>> (8 * (width - 1 - i)));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeekTable && seekpoints().equals(((SeekTable) o).seekpoints());
    }

    @Override
    public int hashCode() {
        return seekpoints().hashCode();
    }

    /** Python's repr: {@code <SeekTable seekpoints=[...]>}. */
    @Override
    public String toString() {
        return "<SeekTable seekpoints=" + seekpoints() + ">";
    }
}
