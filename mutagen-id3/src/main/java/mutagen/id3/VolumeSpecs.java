// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.ArrayList;
import java.util.List;
import mutagen.MutagenError;
import mutagen.util.BitPaddedInt;
import mutagen.util.ByteReader;

/**
 * The volume field kinds: RVA2's gain and peak, RVAD/RVA's adjustment list.
 *
 * <p>Thread-safe: no state of its own; the classes are the behaviour of {@link Spec}'s public field kinds, which
 * are the API (each {@code Spec.XSpec} extends its {@code XField} here with its public constructor).
 */
final class VolumeSpecs {
    private VolumeSpecs() {
    }

    static double toDouble(Object value) {
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        throw new IllegalArgumentException("must be a number, not " + ScalarSpecs.typeName(value));
    }

    /** The behaviour of {@link Spec.VolumeAdjustmentSpec}. */
    abstract static class VolumeAdjustmentField extends Spec {
        VolumeAdjustmentField(String name, double defaultValue) {
            super(name, defaultValue);
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            if (data.remaining() < 2) {
                // NOTE: Python fails here with struct.error; a short field is junk here.
                throw new SpecError("not enough data");
            }
            int v = (short) ((at(data, 0) << 8) | at(data, 1));
            data.skip(2);
            return v / 512.0;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            long number = mutagen.util.PyRepr.intRound(toDouble(value) * 512);
            if (number < -32768 || number > 32767) {
                throw new SpecError("not in range");
            }
            return new byte[] {(byte) (number >> 8), (byte) number};
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (value == null) {
                return null;
            }
            double d = toDouble(value);
            long number = mutagen.util.PyRepr.intRound(d * 512);
            if (number < -32768 || number > 32767) {
                throw new IllegalArgumentException("out of range");
            }
            return d;
        }
    }

    /** The behaviour of {@link Spec.VolumePeakSpec}. */
    abstract static class VolumePeakField extends Spec {
        VolumePeakField(String name, double defaultValue) {
            super(name, defaultValue);
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            int bits = at(data, 0);
            int volBytes = Math.min(4, (bits + 7) >> 3);
            if (volBytes + 1 > data.remaining()) {
                throw new SpecError("not enough frame data");
            }
            int shift = ((8 - (bits & 7)) & 7) + (4 - volBytes) * 8;
            long peak = 0;
            for (int i = 1; i <= volBytes; i++) {
                peak = peak * 256 + at(data, i);
            }
            peak <<= shift;
            data.skip(1 + volBytes);
            return (double) peak / (double) Integer.MAX_VALUE;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            long number = mutagen.util.PyRepr.intRound(toDouble(value) * 32768);
            if (number < 0 || number > 65535) {
                throw new SpecError("not in range");
            }
            return new byte[] {0x10, (byte) (number >> 8), (byte) number};
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (value == null) {
                return null;
            }
            double d = toDouble(value);
            long number = mutagen.util.PyRepr.intRound(d * 32768);
            if (number < 0 || number > 65535) {
                throw new IllegalArgumentException("out of range");
            }
            return d;
        }
    }

    /** The behaviour of {@link Spec.RVASpec}. */
    abstract static class RVAField extends Spec {
        private final int maxValues;

        RVAField(String name, boolean stereoOnly) {
            super(name, List.of(0L, 0L));
            this.maxValues = stereoOnly ? 4 : 12;
        }

        private static final int[] SIGN_INDEXES = {0, 1, 4, 5, 8, 10};

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            if (!data.hasRemaining()) {
                throw new SpecError("no data");
            }
            int flags = at(data, 0);
            data.skip(1);
            if (!data.hasRemaining()) {
                throw new SpecError("truncated");
            }
            int bits = at(data, 0);
            data.skip(1);
            if (bits == 0) {
                throw new SpecError("bits used has to be > 0");
            }
            int bytesPerValue = (bits + 7) / 8;
            List<Long> values = new ArrayList<>();
            while (data.remaining() >= bytesPerValue && values.size() < maxValues) {
                try {
                    values.add(BitPaddedInt.decode(data.bytes(bytesPerValue), 8, true));
                } catch (IllegalArgumentException e) {
                    throw new SpecError("value too large");
                }
            }
            if (values.size() < 2) {
                throw new SpecError("First two values not optional");
            }
            for (int bit = 0; bit < SIGN_INDEXES.length; bit++) {
                int index = SIGN_INDEXES[bit];
                if ((flags & (1 << bit)) == 0) {
                    if (index >= values.size()) {
                        break;
                    }
                    values.set(index, -values.get(index));
                }
            }
            return values;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            List<?> in = (List<?>) value;
            if (in.size() < 2 || in.size() > maxValues) {
                throw new SpecError("at least two volume change values required, max " + maxValues);
            }
            long[] values = new long[in.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((Number) in.get(i)).longValue();
            }
            int flags = 0;
            for (int bit = 0; bit < SIGN_INDEXES.length; bit++) {
                int index = SIGN_INDEXES[bit];
                if (index >= values.length) {
                    break;
                }
                if (values[index] < 0) {
                    values[index] = -values[index];
                } else {
                    flags |= 1 << bit;
                }
            }
            byte[][] encoded = new byte[values.length][];
            int maxBytes = 0;
            for (int i = 0; i < values.length; i++) {
                encoded[i] = BitPaddedInt.encode(values[i], 8, true, -1, 2);
                maxBytes = Math.max(maxBytes, encoded[i].length);
            }
            int bits = maxBytes * 8;
            if (bits > 255) {
                throw new IllegalArgumentException("bytes must be in range(0, 256)");
            }
            byte[] out = new byte[2 + maxBytes * values.length];
            out[0] = (byte) flags;
            out[1] = (byte) bits;
            for (int i = 0; i < values.length; i++) {
                // NOTE: mutagen pads with ljust, i.e. NUL bytes AFTER the big-endian value.
                System.arraycopy(encoded[i], 0, out, 2 + i * maxBytes, encoded[i].length);
            }
            return out;
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (!(value instanceof List)) {
                throw new IllegalArgumentException("needs list of length 2.." + maxValues);
            }
            List<?> in = (List<?>) value;
            if (in.size() < 2 || in.size() > maxValues) {
                throw new IllegalArgumentException("needs list of length 2.." + maxValues);
            }
            List<Long> out = new ArrayList<>();
            for (Object o : in) {
                out.add(ScalarSpecs.toLong(o, name));
            }
            return out;
        }
    }
}
