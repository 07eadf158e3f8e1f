// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import mutagen.MutagenError;
import mutagen.util.BitPaddedInt;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.Text;

/**
 * The scalar field kinds: bytes, integers, fixed strings, binary data, volume gains.
 *
 * <p>Thread-safe: no state of its own; the classes are the behaviour of {@link Spec}'s public field kinds, which
 * are the API (each {@code Spec.XSpec} extends its {@code XField} here with its public constructor).
 */
final class ScalarSpecs {
    private ScalarSpecs() {
    }

    /**
     * Python's {@code UnicodeEncodeError} text for {@code s.encode("ascii")} failing at UTF-16 index {@code i}: the
     * run of non-ASCII characters from there, positions counted in code points.
     */
    static String asciiEncodeError(String s, int i) {
        int end = i;
        while (end < s.length() && s.charAt(end) > 0x7F) {
            end++;
        }
        int start = s.codePointCount(0, i);
        int stop = start + s.codePointCount(i, end);
        if (stop - start == 1) {
            int cp = s.codePointAt(i);
            String c = cp < 0x100 ? String.format("\\x%02x", cp)
                    : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
            return "'ascii' codec can't encode character '" + c + "' in position " + start
                    + ": ordinal not in range(128)";
        }
        return "'ascii' codec can't encode characters in position " + start + "-" + (stop - 1)
                + ": ordinal not in range(128)";
    }

    static int toInt(Object value, String what) {
        if (value instanceof Encoding) {
            return ((Encoding) value).value();
        }
        if (value instanceof PictureType) {
            return ((PictureType) value).value();
        }
        if (value instanceof CTOCFlags) {
            return ((CTOCFlags) value).value();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long v = ((Number) value).longValue();
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(what + " out of range: " + v);
            }
            return (int) v;
        }
        if (value instanceof Boolean) {
            return ((Boolean) value) ? 1 : 0;
        }
        throw new IllegalArgumentException(what + " has to be an int, not " + typeName(value));
    }

    static long toLong(Object value, String what) {
        if (value instanceof Number && !(value instanceof Double) && !(value instanceof Float)) {
            return ((Number) value).longValue();
        }
        return toInt(value, what);
    }

    static String typeName(Object v) {
        return v == null ? "NoneType" : v.getClass().getSimpleName();
    }

    /** The behaviour of {@link Spec.ByteSpec}. */
    abstract static class ByteField extends Spec {
        ByteField(String name, int defaultValue) {
            super(name, defaultValue);
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            if (!data.hasRemaining()) {
                throw new SpecError("no data");
            }
            int v = at(data, 0);
            data.skip(1);
            return v;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) {
            int v = toInt(value, name);
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("bytes must be in range(0, 256)");
            }
            return new byte[] {(byte) v};
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (value == null) {
                return null;
            }
            int v = toInt(value, name);
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("bytes must be in range(0, 256)");
            }
            return v;
        }
    }

    /** A byte held as a typed value (picture type, CTOC flags): {@code of} makes it from the byte. */
    abstract static class TypedByteField extends Spec.ByteSpec {
        private final IntFunction<Object> of;

        TypedByteField(String name, int defaultValue, IntFunction<Object> of) {
            super(name, defaultValue);
            this.of = of;
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            return of.apply((Integer) super.read(header, frame, data));
        }

        @Override
        Object validate(Frame frame, Object value) {
            Object v = super.validate(frame, value);
            return v == null ? null : of.apply((Integer) v);
        }
    }

    /** The behaviour of {@link Spec.PictureTypeSpec}. */
    abstract static class PictureTypeField extends TypedByteField {
        PictureTypeField(String name) {
            super(name, 3, PictureType::of);
        }
    }

    /** The behaviour of {@link Spec.CTOCFlagsSpec}. */
    abstract static class CTOCFlagsField extends TypedByteField {
        CTOCFlagsField(String name, int defaultValue) {
            super(name, defaultValue, CTOCFlags::of);
        }
    }

    /** The behaviour of {@link Spec.EncodingSpec}. */
    abstract static class EncodingField extends Spec.ByteSpec {
        EncodingField(String name) {
            super(name, 1);
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            int v = (Integer) super.read(header, frame, data);
            if (v > 3) {
                throw new SpecError("Invalid Encoding: " + v);
            }
            return Encoding.of(v);
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (value == null) {
                throw new IllegalArgumentException("encoding must not be None");
            }
            return Encoding.of(toInt(value, name));
        }

        @Override
        Object validate23(Frame frame, Object value, String sep) {
            // Only LATIN1 and UTF16 exist in v2.3.
            return value == Encoding.LATIN1 || value == Encoding.UTF16 ? value : Encoding.UTF16;
        }
    }

    /** The behaviour of {@link Spec.IntegerSpec}. */
    abstract static class IntegerField extends Spec {
        IntegerField(String name, long defaultValue) {
            super(name, defaultValue);
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws MutagenError {
            byte[] buf = data.array();
            int end = data.arrayLimit();
            int from = data.arrayPosition();
            while (from < end && buf[from] == 0) {
                from++;
            }
            // Up to 63 significant bits: a Long, as the BigInteger below would give; more: the BigInteger.
            if (end - from < 8 || end - from == 8 && buf[from] >= 0) {
                long v = Bytes.uintBE(buf, from, end - from);
                data.skip(data.remaining());
                return v;
            }
            byte[] all = data.rest();
            java.math.BigInteger big = new java.math.BigInteger(1, all);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) {
            if (value instanceof java.math.BigInteger) {
                java.math.BigInteger big = (java.math.BigInteger) value;
                if (big.signum() < 0) {
                    throw new IllegalArgumentException("negative value");
                }
                byte[] raw = big.toByteArray();
                int skip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
                int n = raw.length - skip;
                byte[] out = new byte[Math.max(4, n)];
                System.arraycopy(raw, skip, out, out.length - n, n);
                return out;
            }
            return BitPaddedInt.encode(toLong(value, name), 8, true, -1, 4);
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (value instanceof java.math.BigInteger) {
                java.math.BigInteger big = (java.math.BigInteger) value;
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            return value == null ? null : toLong(value, name);
        }
    }

    /** The behaviour of {@link Spec.SizedIntegerSpec}. */
    abstract static class SizedIntegerField extends Spec {
        private final int size;

        SizedIntegerField(String name, int size, long defaultValue) {
            super(name, defaultValue);
            this.size = size;
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws MutagenError {
            if (size > 7) {
                return BitPaddedInt.decode(data.bytes(size), 8, true);
            }
            // Big-endian bytes folded where they lie (a frame reader is lenient: a short rest is read as it is).
            int n = Math.min(size, data.remaining());
            byte[] buf = data.array();
            int at = data.arrayPosition();
            long v = 0;
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (buf[at + i] & 0xFF);
            }
            data.skip(n);
            return v;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) {
            return BitPaddedInt.encode(toLong(value, name), 8, true, size, 4);
        }

        @Override
        Object validate(Frame frame, Object value) {
            return value == null ? null : toLong(value, name);
        }
    }

    /** The behaviour of {@link Spec.StringSpec}. */
    abstract static class StringField extends Spec {
        final int length;

        StringField(String name, int length, String defaultValue) {
            super(name, defaultValue == null ? " ".repeat(length) : defaultValue);
            this.length = length;
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            // In place (no copy of the chunk): frame readers are lenient, so a short rest is read as it is.
            int n = Math.min(length, data.remaining());
            byte[] buf = data.array();
            int from = data.arrayPosition();
            for (int i = from; i < from + n; i++) {
                if (buf[i] < 0) {
                    throw new SpecError("not ascii");
                }
            }
            String s = Text.latin1(buf, from, n);
            data.skip(n);
            return s;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) {
            String s = (String) value;
            byte[] out = new byte[length];
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0x7F) {
                    throw new IllegalArgumentException(asciiEncodeError(s, i));
                }
                if (i < length) {
                    out[i] = (byte) s.charAt(i);
                }
            }
            return out;
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (!(value instanceof String)) {
                throw new IllegalArgumentException(name + " has to be str");
            }
            String s = (String) value;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0x7F) {
                    throw new IllegalArgumentException(asciiEncodeError(s, i));
                }
            }
            if (s.length() == length) {
                return s;
            }
            throw new IllegalArgumentException("Invalid StringSpec[" + length + "] data: " + mutagen.util.PyRepr.str(s));
        }
    }

    /** The behaviour of {@link Spec.FrameIDSpec}. */
    abstract static class FrameIDField extends Spec.StringSpec {
        FrameIDField(String name, int length) {
            super(name, length, "X".repeat(length));
        }

        @Override
        Object validate(Frame frame, Object value) {
            String s = (String) super.validate(frame, value);
            if (!Frames.isValidFrameId(s)) {
                throw new IllegalArgumentException("Invalid frame ID");
            }
            return s;
        }
    }

    /** The behaviour of {@link Spec.BinaryDataSpec}. */
    abstract static class BinaryDataField extends Spec {
        BinaryDataField(String name) {
            super(name, new byte[0]);
        }

        @Override
        boolean handlesNoData() {
            return true;
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws MutagenError {
            return data.rest();
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) {
            if (value instanceof byte[]) {
                return (byte[]) value;
            }
            String s = String.valueOf(value);
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0x7F) {
                    throw new IllegalArgumentException("'ascii' codec can't encode " + mutagen.util.PyRepr.str(s));
                }
            }
            return s.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (value instanceof byte[]) {
                return value;
            }
            throw new IllegalArgumentException(name + " has to be bytes");
        }

        @Override
        Object initial(Frame frame) {
            return new byte[0];
        }
    }
}
