// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.Text;

/**
 * The text field kinds: encoded and Latin-1 text, time stamps, synchronised lyrics.
 *
 * <p>Thread-safe: no state of its own; the classes are the behaviour of {@link Spec}'s public field kinds, which
 * are the API (each {@code Spec.XSpec} extends its {@code XField} here with its public constructor).
 */
final class TextSpecs {
    private TextSpecs() {
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

    /** The behaviour of {@link Spec.EncodedTextSpec}. */
    abstract static class EncodedTextField extends Spec {
        EncodedTextField(String name) {
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
                out[0] = (byte) 0xFF; // the UTF-16 LE byte-order mark
                out[1] = (byte) 0xFE;
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

    /** The behaviour of {@link Spec.TimeStampSpec}. */
    abstract static class TimeStampField extends Spec.EncodedTextSpec {
        TimeStampField(String name) {
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

    /** The behaviour of {@link Spec.Latin1TextSpec}. */
    abstract static class Latin1TextField extends Spec {
        Latin1TextField(String name) {
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

    /** The behaviour of {@link Spec.Latin1TextListSpec}. */
    abstract static class Latin1TextListField extends Spec {
        Latin1TextListField(String name) {
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
                out.add(Spec.Latin1TextSpec.readLatin1(data));
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
                parts.add(Spec.Latin1TextSpec.writeLatin1((String) v));
            }
            return Bytes.concat(parts);
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

    /** The behaviour of {@link Spec.SynchronizedTextSpec}. */
    abstract static class SynchronizedTextField extends Spec.EncodedTextSpec {
        SynchronizedTextField(String name) {
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
            return Bytes.concat(parts);
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
}
