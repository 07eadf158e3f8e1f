// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.MutagenError;
import mutagen.util.BitPaddedInt;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.Text;

/**
 * One field of a frame: its name, its default value and how it is read, written and validated.
 *
 * <p>Mirrors mutagen's {@code mutagen.id3._specs.Spec}. Every frame class declares its fields as a list of specs
 * (mutagen's {@code _framespec} and {@code _optionalspec}); {@link Frame} reads and writes every frame by walking
 * that list. The nested classes are the field kinds of mutagen.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class Spec {
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

    private static final byte[] BOM_LE = {(byte) 0xFF, (byte) 0xFE};

    final String name;
    final Object defaultValue;

    Spec(String name, Object defaultValue) {
        this.name = name;
        this.defaultValue = defaultValue;
    }

    /**
     * The field name (mutagen's attribute name, e.g. {@code encoding}, {@code text}).
     *
     * @return the field name (mutagen's attribute name, e.g. {@code encoding}, {@code text})
     */
    public String name() {
        return name;
    }

    /** Whether an empty input is a valid value (binary data and nested frames). */
    boolean handlesNoData() {
        return false;
    }

    abstract Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError;

    /** A lenient reader over frame data {@code buf[from, to)}: the fields read from it as Python slices bytes. */
    static ByteReader frameReader(byte[] buf, int from, int to) {
        return new ByteReader(buf, from, to, 0, ID3JunkFrameError::new).lenient();
    }

    /** The unsigned byte {@code i} bytes after the cursor of a frame reader; the caller checked the bounds. */
    static int at(ByteReader data, int i) {
        return data.array()[data.arrayPosition() + i] & 0xFF;
    }

    /** Whether every byte left in a frame reader is NUL. */
    static boolean restIsZero(ByteReader data) {
        byte[] buf = data.array();
        for (int i = data.arrayPosition(); i < data.arrayLimit(); i++) {
            if (buf[i] != 0) {
                return false;
            }
        }
        return true;
    }

    abstract byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError;

    /**
     * Checks and converts a value assigned to this field.
     *
     * @throws IllegalArgumentException for a value of the wrong type or out of range (Python's TypeError or
     *     ValueError)
     */
    abstract Object validate(Frame frame, Object value);

    /** A value that, written, is valid ID3v2.3. */
    Object validate23(Frame frame, Object value, String sep) {
        return value;
    }

    /** The validated default value (fresh for mutable defaults). */
    Object initial(Frame frame) {
        return validate(frame, defaultValue);
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

    static String str(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof byte[]) {
            return mutagen.util.PyRepr.bytes((byte[]) value);
        }
        if (value instanceof Frame) {
            return ((Frame) value).str();
        }
        return value.toString();
    }

    static byte[] concat(List<byte[]> parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }

    /** A single unsigned byte ({@code ByteSpec}); the value is an {@link Integer}. */
    public static class ByteSpec extends Spec {
        /**
         * A byte field with a default.
         *
         * @param name the name
         * @param defaultValue the default value
         */
        public ByteSpec(String name, int defaultValue) {
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

    /** The picture type byte; the value is a {@link PictureType}. */
    public static final class PictureTypeSpec extends ByteSpec {
        /**
         * A picture type field defaulting to COVER_FRONT.
         *
         * @param name the name
         */
        public PictureTypeSpec(String name) {
            super(name, 3);
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            return PictureType.of((Integer) super.read(header, frame, data));
        }

        @Override
        Object validate(Frame frame, Object value) {
            Object v = super.validate(frame, value);
            return v == null ? null : PictureType.of((Integer) v);
        }
    }

    /** The CTOC flags byte; the value is a {@link CTOCFlags}. */
    public static final class CTOCFlagsSpec extends ByteSpec {
        /**
         * A CTOC flags field.
         *
         * @param name the name
         * @param defaultValue the default value
         */
        public CTOCFlagsSpec(String name, int defaultValue) {
            super(name, defaultValue);
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            return CTOCFlags.of((Integer) super.read(header, frame, data));
        }

        @Override
        Object validate(Frame frame, Object value) {
            Object v = super.validate(frame, value);
            return v == null ? null : CTOCFlags.of((Integer) v);
        }
    }

    /** The audio channel byte of RVA2 ({@code ChannelSpec}). */
    public static final class ChannelSpec extends ByteSpec {
        /**
         * A channel field.
         *
         * @param name the name
         * @param defaultValue the default value
         */
        public ChannelSpec(String name, int defaultValue) {
            super(name, defaultValue);
        }
    }

    /** The text encoding byte; the value is an {@link Encoding}. */
    public static final class EncodingSpec extends ByteSpec {
        /**
         * An encoding field defaulting to UTF-16.
         *
         * @param name the name
         */
        public EncodingSpec(String name) {
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

    /**
     * The rest of the frame as a big-endian unsigned integer of any length ({@code IntegerSpec}); the value is a
     * {@link Long}, or a {@link java.math.BigInteger} when it does not fit 63 bits (play counters may grow).
     */
    public static final class IntegerSpec extends Spec {
        /**
         * An integer field with a default.
         *
         * @param name the name
         * @param defaultValue the default value
         */
        public IntegerSpec(String name, long defaultValue) {
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

    /** A fixed-size big-endian unsigned integer ({@code SizedIntegerSpec}). */
    public static final class SizedIntegerSpec extends Spec {
        private final int size;

        /**
         * An integer field of {@code size} bytes.
         *
         * @param name the name
         * @param size the size in bytes
         * @param defaultValue the default value
         */
        public SizedIntegerSpec(String name, int size, long defaultValue) {
            super(name, defaultValue);
            this.size = size;
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws MutagenError {
            return BitPaddedInt.decode(data.bytes(size), 8, true);
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

    /** A fixed-length ASCII string ({@code StringSpec}), such as a language code. */
    public static class StringSpec extends Spec {
        final int length;

        /**
         * A string field of {@code length} characters.
         *
         * @param name the name
         * @param length the length in bytes
         * @param defaultValue the default value
         */
        public StringSpec(String name, int length, String defaultValue) {
            super(name, defaultValue == null ? " ".repeat(length) : defaultValue);
            this.length = length;
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            byte[] chunk = data.bytes(length);
            for (byte b : chunk) {
                if (b < 0) {
                    throw new SpecError("not ascii");
                }
            }
            return new String(chunk, StandardCharsets.ISO_8859_1);
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

    /** A frame ID of 3 or 4 upper-case letters and digits ({@code FrameIDSpec}). */
    public static final class FrameIDSpec extends StringSpec {
        /**
         * A frame ID field of {@code length} characters.
         *
         * @param name the name
         * @param length the length in bytes
         */
        public FrameIDSpec(String name, int length) {
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

    /** The rest of the frame as bytes ({@code BinaryDataSpec}); may be empty. */
    public static final class BinaryDataSpec extends Spec {
        /**
         * A binary field defaulting to no bytes.
         *
         * @param name the name
         */
        public BinaryDataSpec(String name) {
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

    /** Text in the frame's encoding followed by a terminator ({@code EncodedTextSpec}). */
    public static class EncodedTextSpec extends Spec {
        /**
         * A text field defaulting to the empty string.
         *
         * @param name the name
         */
        public EncodedTextSpec(String name) {
            super(name, "");
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            return readText(header, frame.encodingForText(), data);
        }

        static String readText(ID3Header header, Encoding enc, ByteReader data) throws SpecError, MutagenError {
            // mutagen's iter_text_fixups: as is; with one more NUL; with a LE BOM; both. The first reads in place.
            int attempts = enc == Encoding.UTF16 ? 4 : enc == Encoding.UTF16BE ? 2 : 1;
            String error = null;
            for (int attempt = 0; attempt < attempts; attempt++) {
                ByteReader d;
                if (attempt == 0) {
                    // decodeTerminated moves the reader only once the text decoded.
                    d = data;
                } else {
                    byte[] original = Arrays.copyOfRange(data.array(), data.arrayPosition(), data.arrayLimit());
                    byte[] buf;
                    if (attempt == 1) {
                        buf = Arrays.copyOf(original, original.length + 1);
                    } else {
                        buf = new byte[original.length + 2 + (attempt == 3 ? 1 : 0)];
                        buf[0] = (byte) 0xFF;
                        buf[1] = (byte) 0xFE;
                        System.arraycopy(original, 0, buf, 2, original.length);
                    }
                    d = frameReader(buf, 0, buf.length);
                }
                try {
                    String value = decodeTerminated(enc, d, false);
                    if (d != data) {
                        data.reset(d.array(), d.arrayPosition(), d.arrayLimit(), 0);
                    }
                    // Older versions had no multiple values: zero padding is not a list of empty strings.
                    if (header.major < 4 && restIsZero(data)) {
                        data.skip(data.remaining());
                    }
                    return value;
                } catch (CharacterCodingException | SpecError e) {
                    error = e.toString();
                }
            }
            throw new SpecError(error);
        }

        static Charset charset(Encoding enc) {
            switch (enc) {
                case LATIN1:
                    return StandardCharsets.ISO_8859_1;
                case UTF8:
                    return StandardCharsets.UTF_8;
                case UTF16BE:
                    return StandardCharsets.UTF_16BE;
                default:
                    return StandardCharsets.UTF_16LE;
            }
        }

        /**
         * mutagen's {@code decode_terminated}: the text up to the first terminator (aligned for UTF-16) and the
         * cursor moved past it. Without a terminator the whole rest is decoded ({@code strict} makes that an error).
         */
        static String decodeTerminated(Encoding enc, ByteReader d, boolean strict)
                throws CharacterCodingException, SpecError, MutagenError {
            int width = enc.terminatorWidth();
            byte[] buf = d.array();
            int from = d.arrayPosition();
            int end = d.arrayLimit();
            int idx = Text.findTerminator(buf, from, end, width);
            int stop = idx < 0 ? end : idx;
            String value;
            if (enc == Encoding.UTF16) {
                value = Text.utf16(buf, from, stop - from, true);
            } else {
                value = Text.decode(buf, from, stop - from, charset(enc), true);
            }
            if (idx < 0) {
                if (strict) {
                    throw new SpecError("not null terminated");
                }
                d.skip(end - from);
            } else {
                d.skip(idx + width - from);
            }
            return value;
        }

        static byte[] encodeText(Encoding enc, String value) throws SpecError {
            try {
                switch (enc) {
                    case LATIN1:
                        return withTerm(Text.encode(value, StandardCharsets.ISO_8859_1), 1, false);
                    case UTF8:
                        return withTerm(Text.encode(value, StandardCharsets.UTF_8), 1, false);
                    case UTF16BE:
                        return withTerm(Text.encode(value, StandardCharsets.UTF_16BE), 2, false);
                    default:
                        return withTerm(Text.encode(value, StandardCharsets.UTF_16LE), 2, true);
                }
            } catch (CharacterCodingException e) {
                String codec = enc == Encoding.LATIN1 ? "latin-1" : enc == Encoding.UTF8 ? "utf-8"
                        : enc == Encoding.UTF16BE ? "utf-16-be" : "utf-16-le";
                throw new SpecError(Text.encodeErrorText(codec, value));
            }
        }

        private static byte[] withTerm(byte[] body, int term, boolean bom) {
            int off = bom ? 2 : 0;
            byte[] out = new byte[off + body.length + term];
            if (bom) {
                out[0] = BOM_LE[0];
                out[1] = BOM_LE[1];
            }
            System.arraycopy(body, 0, out, off, body.length);
            return out;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            return encodeText(frame.encodingForText(), str(value));
        }

        @Override
        Object validate(Frame frame, Object value) {
            return str(value);
        }
    }

    /** Text of a numeric text frame ({@code EncodedNumericTextSpec}). */
    public static final class EncodedNumericTextSpec extends EncodedTextSpec {
        /**
         * A numeric text field.
         *
         * @param name the name
         */
        public EncodedNumericTextSpec(String name) {
            super(name);
        }
    }

    /** Text of a numeric part ({@code 4/15}) frame ({@code EncodedNumericPartTextSpec}). */
    public static final class EncodedNumericPartTextSpec extends EncodedTextSpec {
        /**
         * A numeric part text field.
         *
         * @param name the name
         */
        public EncodedNumericPartTextSpec(String name) {
            super(name);
        }
    }

    /** A time stamp written as encoded text ({@code TimeStampSpec}); the value is an {@link ID3TimeStamp}. */
    public static final class TimeStampSpec extends EncodedTextSpec {
        /**
         * A time stamp field.
         *
         * @param name the name
         */
        public TimeStampSpec(String name) {
            super(name);
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            return validate(frame, super.read(header, frame, data));
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            return encodeText(frame.encodingForText(), ((ID3TimeStamp) value).text().replace(' ', 'T'));
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (value instanceof ID3TimeStamp) {
                return new ID3TimeStamp((ID3TimeStamp) value);
            }
            if (value instanceof String) {
                return new ID3TimeStamp((String) value);
            }
            throw new IllegalArgumentException("Invalid ID3TimeStamp: " + str(value));
        }
    }

    /** Latin-1 text followed by a NUL, which may be missing at the end ({@code Latin1TextSpec}). */
    public static final class Latin1TextSpec extends Spec {
        /**
         * A Latin-1 text field defaulting to the empty string.
         *
         * @param name the name
         */
        public Latin1TextSpec(String name) {
            super(name, "");
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws MutagenError {
            return readLatin1(data);
        }

        static String readLatin1(ByteReader data) throws MutagenError {
            byte[] buf = data.array();
            int from = data.arrayPosition();
            int idx = Text.findTerminator(buf, from, data.arrayLimit(), 1);
            String s;
            if (idx < 0) {
                s = Text.latin1(buf, from, data.remaining());
                data.skip(data.remaining());
            } else {
                s = Text.latin1(buf, from, idx - from);
                data.skip(idx + 1 - from);
            }
            return s;
        }

        static byte[] writeLatin1(String s) {
            byte[] out = new byte[s.length() + 1];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > 0xFF) {
                    throw new IllegalArgumentException("'latin-1' codec can't encode character "
                            + mutagen.util.PyRepr.str(String.valueOf(c)) + " in position " + i
                            + ": ordinal not in range(256)");
                }
                out[i] = (byte) c;
            }
            return out;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) {
            return writeLatin1((String) value);
        }

        @Override
        Object validate(Frame frame, Object value) {
            return str(value);
        }
    }

    /** A count byte followed by that many Latin-1 strings ({@code Latin1TextListSpec}). */
    public static final class Latin1TextListSpec extends Spec {
        /**
         * A list of Latin-1 strings, empty by default.
         *
         * @param name the name
         */
        public Latin1TextListSpec(String name) {
            super(name, List.of());
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            if (!data.hasRemaining()) {
                throw new SpecError("no data");
            }
            int count = at(data, 0);
            data.skip(1);
            List<String> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(Latin1TextSpec.readLatin1(data));
            }
            return out;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) {
            List<?> list = (List<?>) value;
            if (list.size() > 255) {
                throw new IllegalArgumentException("bytes must be in range(0, 256)");
            }
            List<byte[]> parts = new ArrayList<>();
            parts.add(new byte[] {(byte) list.size()});
            for (Object v : list) {
                parts.add(Latin1TextSpec.writeLatin1((String) v));
            }
            return concat(parts);
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (!(value instanceof List)) {
                throw new IllegalArgumentException(name + " has to be a list");
            }
            List<String> out = new ArrayList<>();
            for (Object v : (List<?>) value) {
                out.add(str(v));
            }
            return out;
        }
    }

    /**
     * Repeated sub-fields until the frame ends ({@code MultiSpec}). With one sub-spec the value is a flat list,
     * else a list of records (lists). A string value is split on the separator.
     */
    public static final class MultiSpec extends Spec {
        final Spec[] specs;
        final String sep;

        /**
         * A repeated field of the given sub-specs; {@code sep} splits a string value (may be null).
         *
         * @param name the name
         * @param sep the sep
         * @param specs the specs
         */
        public MultiSpec(String name, String sep, Spec... specs) {
            super(name, List.of());
            this.specs = specs;
            this.sep = sep;
        }

        @Override
        Object initial(Frame frame) {
            return new ArrayList<>(); // what validating the empty default gives, without the walk
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            // Most frames hold one or two values: no growth from the default capacity of ten.
            List<Object> values = new ArrayList<>(2);
            while (!!data.hasRemaining()) {
                if (specs.length == 1) {
                    values.add(specs[0].read(header, frame, data));
                } else {
                    List<Object> record = new ArrayList<>(specs.length);
                    for (Spec s : specs) {
                        record.add(s.read(header, frame, data));
                    }
                    values.add(record);
                }
            }
            return values;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            List<byte[]> parts = new ArrayList<>();
            for (Object v : (List<?>) value) {
                if (specs.length == 1) {
                    parts.add(specs[0].write(config, frame, v));
                } else {
                    List<?> record = (List<?>) v;
                    for (int i = 0; i < Math.min(record.size(), specs.length); i++) {
                        parts.add(specs[i].write(config, frame, record.get(i)));
                    }
                }
            }
            return concat(parts);
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (sep != null && value instanceof String) {
                value = split((String) value, sep);
            }
            if (value instanceof List) {
                List<Object> out = new ArrayList<>();
                for (Object v : (List<?>) value) {
                    if (specs.length == 1) {
                        out.add(specs[0].validate(frame, v));
                    } else {
                        if (!(v instanceof List)) {
                            throw new IllegalArgumentException("Invalid MultiSpec data: " + str(v));
                        }
                        List<?> rec = (List<?>) v;
                        List<Object> r = new ArrayList<>();
                        for (int i = 0; i < Math.min(rec.size(), specs.length); i++) {
                            r.add(specs[i].validate(frame, rec.get(i)));
                        }
                        out.add(r);
                    }
                }
                return out;
            }
            throw new IllegalArgumentException("Invalid MultiSpec data: " + str(value));
        }

        @Override
        Object validate23(Frame frame, Object value, String sep23) {
            List<?> list = (List<?>) value;
            if (specs.length != 1) {
                List<Object> out = new ArrayList<>();
                for (Object v : list) {
                    List<?> rec = (List<?>) v;
                    List<Object> r = new ArrayList<>();
                    for (int i = 0; i < Math.min(rec.size(), specs.length); i++) {
                        r.add(specs[i].validate23(frame, rec.get(i), sep23));
                    }
                    out.add(r);
                }
                return out;
            }
            Spec spec = specs[0];
            // Only plain text lists are merged (time stamps are not valid v2.3 anyway).
            if (!(spec instanceof EncodedTextSpec) || spec instanceof TimeStampSpec) {
                return value;
            }
            if (sep23 != null) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(sep23);
                    }
                    sb.append((String) list.get(i));
                }
                List<Object> out = new ArrayList<>(1);
                out.add(sb.toString());
                return out;
            }
            return value;
        }

        static List<String> split(String s, String sep) {
            List<String> out = new ArrayList<>();
            int from = 0;
            while (true) {
                int i = s.indexOf(sep, from);
                if (i < 0) {
                    out.add(s.substring(from));
                    return out;
                }
                out.add(s.substring(from, i));
                from = i + sep.length();
            }
        }
    }

    /** Nested frames to the end of the data ({@code ID3FramesSpec}); the value is an {@link ID3Tags}. */
    public static final class ID3FramesSpec extends Spec {
        /**
         * A nested frames field, empty by default.
         *
         * @param name the name
         */
        public ID3FramesSpec(String name) {
            super(name, List.of());
        }

        @Override
        boolean handlesNoData() {
            return true;
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            // NOTE: mutagen recurses without a limit (a deep enough CHAP-in-CHAP file ends in RecursionError);
            // deeper nesting than this is treated as a junk frame.
            if (header.nesting >= ID3Header.MAX_NESTING) {
                throw new SpecError("sub-frames nested too deeply");
            }
            ID3Tags tags = new ID3Tags();
            header.nesting++;
            try {
                tags.readSubFrames(header, data);
            } finally {
                header.nesting--;
            }
            return tags;
        }

        @Override
        Object validate23(Frame frame, Object value, String sep) {
            ID3Tags v = new ID3Tags();
            for (Frame f : ((ID3Tags) value).values()) {
                try {
                    v.add(f.v23Frame(sep));
                } catch (ID3Error e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }
            return v;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            try {
                return ((ID3Tags) value).writeFrames(config);
            } catch (ID3Error e) {
                throw new SpecError(e.getMessage());
            }
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (value instanceof ID3Tags) {
                return value;
            }
            if (!(value instanceof List)) {
                throw new IllegalArgumentException(name + " has to be a list of frames");
            }
            ID3Tags tags = new ID3Tags();
            for (Object v : (List<?>) value) {
                if (!(v instanceof Frame)) {
                    throw new IllegalArgumentException(str(v) + " not a Frame instance");
                }
                tags.add((Frame) v);
            }
            return tags;
        }
    }

    /** A signed 16-bit gain in 1/512 dB ({@code VolumeAdjustmentSpec}); the value is a {@link Double}. */
    public static final class VolumeAdjustmentSpec extends Spec {
        /**
         * A gain field.
         *
         * @param name the name
         * @param defaultValue the default value
         */
        public VolumeAdjustmentSpec(String name, double defaultValue) {
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

    static double toDouble(Object value) {
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        throw new IllegalArgumentException("must be a number, not " + typeName(value));
    }

    /** A peak volume as a bit count and a fixed-point value ({@code VolumePeakSpec}); a {@link Double}. */
    public static final class VolumePeakSpec extends Spec {
        /**
         * A peak field.
         *
         * @param name the name
         * @param defaultValue the default value
         */
        public VolumePeakSpec(String name, double defaultValue) {
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

    /** Repeated (terminated text, 32-bit time) pairs of SYLT ({@code SynchronizedTextSpec}). */
    public static final class SynchronizedTextSpec extends EncodedTextSpec {
        /**
         * A synchronised text field.
         *
         * @param name the name
         */
        public SynchronizedTextSpec(String name) {
            super(name);
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            List<SYLT.Line> texts = new ArrayList<>();
            Encoding enc = frame.encodingForText();
            while (!!data.hasRemaining()) {
                String value;
                try {
                    value = decodeTerminated(enc, data, true);
                } catch (CharacterCodingException e) {
                    throw new SpecError("decoding error");
                }
                if (data.remaining() < 4) {
                    throw new SpecError("not enough data");
                }
                long time = ((long) at(data, 0) << 24) | (at(data, 1) << 16) | (at(data, 2) << 8) | at(data, 3);
                data.skip(4);
                texts.add(new SYLT.Line(value, time));
            }
            return texts;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            List<byte[]> parts = new ArrayList<>();
            Encoding enc = frame.encodingForText();
            for (Object o : (List<?>) value) {
                SYLT.Line line = (SYLT.Line) o;
                parts.add(encodeText(enc, line.text()));
                long t = line.time();
                if (t < 0 || t > 0xFFFFFFFFL) {
                    throw new IllegalArgumentException("'I' format requires 0 <= number <= 4294967295");
                }
                parts.add(new byte[] {(byte) (t >> 24), (byte) (t >> 16), (byte) (t >> 8), (byte) t});
            }
            return concat(parts);
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (value instanceof String && ((String) value).isEmpty()) {
                // mutagen's default for SYLT text is "" (an empty sequence)
                return new ArrayList<SYLT.Line>();
            }
            if (!(value instanceof List)) {
                throw new IllegalArgumentException(name + " has to be a list of lines");
            }
            List<SYLT.Line> out = new ArrayList<>();
            for (Object o : (List<?>) value) {
                if (!(o instanceof SYLT.Line)) {
                    throw new IllegalArgumentException(name + " has to be a list of lines");
                }
                out.add((SYLT.Line) o);
            }
            return out;
        }
    }

    /**
     * A list of fixed-size records (ETCO's events, EQU2's adjustments, ASPI's index): the one read, write and
     * validate loop of the list-shaped fields; each kind says how one record reads and writes. Records are read to
     * the end of the data unless a kind takes their count from another field.
     */
    abstract static class RecordListSpec<T> extends Spec {
        RecordListSpec(String name) {
            super(name, List.of());
        }

        /** The size of one record in bytes. */
        abstract int width(Frame frame) throws SpecError;

        /** How many records to read: all that fit, unless the kind takes the count from another field. */
        int count(Frame frame, ByteReader data, int width) throws SpecError {
            return data.remaining() / width;
        }

        /** The record at the reader's position (the loop moves the reader). */
        abstract T readRecord(ByteReader data, int width);

        /** The records as the field holds them once read (EQU2 sorts and merges them). */
        List<T> readDone(List<T> records) {
            return records;
        }

        /** The size of one record for writing; as {@link #width} unless a kind words the error otherwise. */
        int writeWidth(Frame frame) throws SpecError {
            return width(frame);
        }

        /** The records to write (a kind may check their count or order them). */
        List<T> toWrite(Frame frame, List<T> records) throws SpecError {
            return records;
        }

        /** Writes one record at {@code out[at]}. */
        abstract void writeRecord(byte[] out, int at, int width, T record) throws SpecError;

        /** One element as the field holds it (a cast, or a conversion). */
        abstract T element(Object value);

        @Override
        final Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            int w = width(frame);
            int n = count(frame, data, w);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(readRecord(data, w));
                data.skip(w);
            }
            return readDone(out);
        }

        @Override
        @SuppressWarnings("unchecked")
        final byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            int w = writeWidth(frame);
            List<T> list = toWrite(frame, (List<T>) value);
            byte[] out = new byte[list.size() * w];
            for (int i = 0; i < list.size(); i++) {
                writeRecord(out, i * w, w, list.get(i));
            }
            return out;
        }

        @Override
        final Object validate(Frame frame, Object value) {
            List<T> out = new ArrayList<>();
            for (Object o : (List<?>) value) {
                out.add(element(o));
            }
            return out;
        }
    }

    /** Repeated (signed byte type, 32-bit time) events of ETCO ({@code KeyEventSpec}). */
    public static final class KeyEventSpec extends RecordListSpec<ETCO.Event> {
        /**
         * An event list field, empty by default.
         *
         * @param name the name
         */
        public KeyEventSpec(String name) {
            super(name);
        }

        @Override
        int width(Frame frame) {
            return 5;
        }

        @Override
        ETCO.Event readRecord(ByteReader data, int width) {
            long time = ((long) at(data, 1) << 24) | (at(data, 2) << 16) | (at(data, 3) << 8) | at(data, 4);
            return new ETCO.Event((byte) at(data, 0), time);
        }

        @Override
        void writeRecord(byte[] out, int at, int width, ETCO.Event ev) {
            if (ev.type() < -128 || ev.type() > 127 || ev.time() < 0 || ev.time() > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("event out of range");
            }
            out[at] = (byte) ev.type();
            mutagen.util.Bytes.put32be(out, at + 1, ev.time());
        }

        @Override
        ETCO.Event element(Object value) {
            return (ETCO.Event) value;
        }
    }

    /** Repeated (frequency/2, adjustment/512) pairs of EQU2 ({@code VolumeAdjustmentsSpec}). */
    public static final class VolumeAdjustmentsSpec extends RecordListSpec<EQU2.Adjustment> {
        /**
         * An adjustment list field, empty by default.
         *
         * @param name the name
         */
        public VolumeAdjustmentsSpec(String name) {
            super(name);
        }

        @Override
        int width(Frame frame) {
            return 4;
        }

        @Override
        EQU2.Adjustment readRecord(ByteReader data, int width) {
            int freq = (at(data, 0) << 8) | at(data, 1);
            int adj = (short) ((at(data, 2) << 8) | at(data, 3));
            return new EQU2.Adjustment(freq / 2.0, adj / 512.0);
        }

        /** mutagen reads the pairs into a dict: sorted by frequency, the last of equal frequencies kept. */
        @Override
        List<EQU2.Adjustment> readDone(List<EQU2.Adjustment> records) {
            java.util.TreeMap<Double, Double> map = new java.util.TreeMap<>();
            for (EQU2.Adjustment a : records) {
                map.put(a.frequency(), a.adjustment());
            }
            List<EQU2.Adjustment> out = new ArrayList<>(map.size());
            for (java.util.Map.Entry<Double, Double> e : map.entrySet()) {
                out.add(new EQU2.Adjustment(e.getKey(), e.getValue()));
            }
            return out;
        }

        @Override
        List<EQU2.Adjustment> toWrite(Frame frame, List<EQU2.Adjustment> records) {
            records.sort(null);
            return records;
        }

        @Override
        void writeRecord(byte[] out, int at, int width, EQU2.Adjustment a) {
            long f = (long) (a.frequency() * 2);
            long v = (long) (a.adjustment() * 512);
            if (f < 0 || f > 65535 || v < -32768 || v > 32767) {
                throw new IllegalArgumentException("adjustment out of range");
            }
            Bytesh.put16(out, at, (int) f);
            Bytesh.put16(out, at + 2, (int) v);
        }

        @Override
        EQU2.Adjustment element(Object value) {
            return (EQU2.Adjustment) value;
        }
    }

    /** The ASPI index table: N entries of b bits ({@code ASPIIndexSpec}). */
    public static final class ASPIIndexSpec extends RecordListSpec<Number> {
        /**
         * An index list field, empty by default.
         *
         * @param name the name
         */
        public ASPIIndexSpec(String name) {
            super(name);
        }

        @Override
        int width(Frame frame) throws SpecError {
            Object b = frame.get("b");
            int bits = b == null ? 0 : ((Number) b).intValue();
            if (bits == 16) {
                return 2;
            } else if (bits == 8) {
                return 1;
            }
            throw new SpecError("invalid bit count in ASPI (" + bits + ")");
        }

        @Override
        int writeWidth(Frame frame) throws SpecError {
            try {
                return width(frame);
            } catch (SpecError e) {
                throw new SpecError("frame.b must be 8 or 16");
            }
        }

        @Override
        int count(Frame frame, ByteReader data, int width) throws SpecError {
            long n = ((Number) frame.get("N")).longValue();
            if (n * width > data.remaining()) {
                throw new SpecError("unpack requires a buffer of " + (n * width) + " bytes");
            }
            return (int) n;
        }

        @Override
        Number readRecord(ByteReader data, int width) {
            return width == 2 ? (at(data, 0) << 8) | at(data, 1) : at(data, 0);
        }

        @Override
        List<Number> toWrite(Frame frame, List<Number> records) throws SpecError {
            long n = ((Number) frame.get("N")).longValue();
            if (n != records.size()) {
                throw new SpecError("pack expected " + n + " items for packing (got " + records.size() + ")");
            }
            return records;
        }

        @Override
        void writeRecord(byte[] out, int at, int width, Number value) throws SpecError {
            int x = value.intValue();
            if (x < 0 || x >= (1 << (8 * width))) {
                throw new SpecError("argument out of range");
            }
            if (width == 2) {
                Bytesh.put16(out, at, x);
            } else {
                out[at] = (byte) x;
            }
        }

        @Override
        Number element(Object value) {
            return ((Number) value).intValue();
        }
    }

    /** The adjustments of RVAD/RVA: flags, bit width, then 2..12 (RVA: 2..4) values ({@code RVASpec}). */
    public static final class RVASpec extends Spec {
        private final int maxValues;

        /**
         * An adjustment list field; {@code stereoOnly} limits it to 4 values.
         *
         * @param name the name
         * @param stereoOnly the stereo only
         */
        public RVASpec(String name, boolean stereoOnly) {
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
                out.add(toLong(o, name));
            }
            return out;
        }
    }

    /** Small packing helper. */
    static final class Bytesh {
        private Bytesh() {
        }

        static void put16(byte[] b, int i, int v) {
            mutagen.util.Bytes.put16be(b, i, v);
        }
    }
}
