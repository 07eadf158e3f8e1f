// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.id3.TCON;
import mutagen.util.Bytes;
import mutagen.util.PyRepr;
import mutagen.util.Text;

/**
 * Reads the values of one {@code ilst} child, as mutagen's {@code MP4Tags.__parse_*} methods do. A failure that
 * mutagen keeps as a failed atom is an {@link MP4MetadataError}; one that fails the whole load is a
 * {@link StructError}.
 */
final class TagParsers {
    private TagParsers() {
    }

    /** One {@code data} atom: version, flags (the data type) and payload. */
    record Data(int version, int flags, byte[] payload) {
    }

    static String nameRepr(String name) {
        return PyRepr.bytes(Atom.latin1(name));
    }

    /** Receives each data atom as it is read (Python's generator). */
    interface Sink {
        void accept(Data d) throws MP4MetadataError;
    }

    /** The data atoms of a child ({@code __parse_data}); {@code limit} is Python's {@code atom.length - 8}. */
    static List<Data> data(String name, long limit, byte[] d) throws MP4MetadataError {
        List<Data> out = new ArrayList<>();
        data(name, limit, d, out::add);
        return out;
    }

    /** The data atoms one by one: those before a broken one are handed on before the error. */
    static void data(String name, long limit, byte[] d, Sink out) throws MP4MetadataError {
        long pos = 0;
        while (pos < limit) {
            if (pos + 12 > d.length) {
                throw new MP4MetadataError("truncated atom " + nameRepr(name));
            }
            int p = (int) pos;
            long length = Bytes.u32be(d, p);
            if (length < 1) {
                throw new MP4MetadataError("atom " + nameRepr(name) + " has a length of zero");
            }
            String inner = Text.latin1(d, p + 4, 4);
            if (!"data".equals(inner)) {
                throw new MP4MetadataError("unexpected atom " + nameRepr(inner) + " inside " + nameRepr(name));
            }
            if (length < 16 || pos + length > d.length) {
                throw new MP4MetadataError("truncated atom " + nameRepr(name));
            }
            out.accept(new Data(d[p + 8] & 0xFF, (int) Bytes.uintBE(d, p + 9, 3),
                    Arrays.copyOfRange(d, p + 16, (int) (pos + length))));
            pos += length;
        }
    }

    static List<Object> text(String name, long limit, byte[] d, boolean implicit) throws MP4MetadataError {
        List<Object> values = new ArrayList<>();
        for (Data x : data(name, limit, d)) {
            if (implicit) {
                if (x.flags != AtomDataType.IMPLICIT && x.flags != AtomDataType.UTF8) {
                    throw new MP4MetadataError("Unknown atom type " + x.flags + " for " + nameRepr(name));
                }
            } else if (x.flags != AtomDataType.UTF8) {
                throw new MP4MetadataError(nameRepr(name) + " is not text, ignore");
            }
            try {
                values.add(Text.utf8(x.payload, 0, x.payload.length));
            } catch (CharacterCodingException e) {
                throw new MP4MetadataError(name + ": " + Text.utf8ErrorText(x.payload, 0, x.payload.length));
            }
        }
        return values;
    }

    static List<Object> pair(String name, long limit, byte[] d) throws MP4Error {
        List<Object> values = new ArrayList<>();
        for (Data x : data(name, limit, d)) {
            byte[] p = x.payload;
            if (p.length < 6) {
                throw StructError.unpack(4);
            }
            values.add(new MP4Pair(Bytes.uintBE(p, 2, 2), Bytes.uintBE(p, 4, 2)));
        }
        return values;
    }

    /** {@code gnre}: ID3v1 genre numbers as names (Python's negative indexes included). */
    static List<Object> genre(String name, long limit, byte[] d) throws MP4MetadataError {
        List<Object> values = new ArrayList<>();
        List<String> genres = TCON.GENRES;
        for (Data x : data(name, limit, d)) {
            if (x.payload.length != 2) {
                throw new MP4MetadataValueError("invalid genre");
            }
            int index = (short) Bytes.uintBE(x.payload, 0, 2) - 1;
            if (index < 0) {
                index += genres.size();
            }
            if (index < 0 || index >= genres.size()) {
                throw new MP4MetadataValueError("unknown genre");
            }
            values.add(genres.get(index));
        }
        return values;
    }

    static List<Object> integer(String name, long limit, byte[] d) throws MP4MetadataError {
        List<Object> values = new ArrayList<>();
        for (Data x : data(name, limit, d)) {
            if (x.version != 0) {
                throw new MP4MetadataValueError("unsupported version");
            }
            if (x.flags != AtomDataType.IMPLICIT && x.flags != AtomDataType.INTEGER) {
                throw new MP4MetadataValueError("unsupported type");
            }
            byte[] p = x.payload;
            int n = p.length;
            if (n != 1 && n != 2 && n != 3 && n != 4 && n != 8) {
                throw new MP4MetadataValueError("invalid value size " + n);
            }
            long v = Bytes.uintBE(p, 0, n);
            values.add((v << (64 - 8 * n)) >> (64 - 8 * n));
        }
        return values;
    }

    /** The last single-byte value, or {@code null} when there is no data atom (each one is set as read). */
    static void bool(String name, long limit, byte[] d, MP4Tags into) throws MP4MetadataError {
        data(name, limit, d, x -> {
            if (x.payload.length != 1) {
                throw new MP4MetadataValueError("invalid bool");
            }
            into.putParsed(name, x.payload[0] != 0);
        });
    }

    static List<Object> cover(String name, long limit, byte[] d) throws MP4Error {
        List<Object> values = new ArrayList<>();
        long pos = 0;
        while (pos < limit) {
            if (pos + 12 > d.length) {
                throw StructError.unpack(12);
            }
            int p = (int) pos;
            long length = Bytes.u32be(d, p);
            String inner = Text.latin1(d, p + 4, 4);
            long format = Bytes.u32be(d, p + 8);
            if (!"data".equals(inner)) {
                if ("name".equals(inner)) {
                    if (length == 0) {
                        // mutagen loops forever here
                        throw new MP4MetadataError("atom " + nameRepr(inner) + " has a length of zero");
                    }
                    pos += length;
                    continue;
                }
                throw new MP4MetadataError("unexpected atom " + nameRepr(inner) + " inside 'covr'");
            }
            if (length < 1) {
                throw new MP4MetadataError("atom " + nameRepr(name) + " has a length of zero");
            }
            if (format != MP4Cover.FORMAT_JPEG && format != MP4Cover.FORMAT_PNG) {
                format = MP4Cover.FORMAT_JPEG;
            }
            values.add(MP4Cover.owning(slice(d, pos + 16, pos + length), (int) format));
            pos += length;
        }
        return values;
    }

    /** Python's {@code data[from:to]} (clamped, empty when reversed). */
    static byte[] slice(byte[] d, long from, long to) {
        int a = (int) Math.min(Math.max(from, 0), d.length);
        int b = (int) Math.min(Math.max(to, 0), d.length);
        return b <= a ? new byte[0] : Arrays.copyOfRange(d, a, b);
    }

    /** A freeform atom: its key {@code ----:mean:name} and values. */
    record FreeForm(String key, List<Object> values) {
    }

    static FreeForm freeform(String name, long limit, byte[] d) throws MP4Error {
        if (d.length < 4) {
            throw StructError.unpack(4);
        }
        long length = Bytes.u32be(d, 0);
        byte[] mean = slice(d, 12, length);
        long pos = length;
        if (pos + 4 > d.length) {
            throw StructError.unpack(4);
        }
        length = Bytes.u32be(d, (int) pos);
        byte[] key = slice(d, pos + 12, pos + length);
        pos += length;
        List<Object> values = new ArrayList<>();
        while (pos < limit) {
            if (pos + 8 > d.length) {
                throw StructError.unpack(8);
            }
            int p = (int) pos;
            length = Bytes.u32be(d, p);
            String inner = Text.latin1(d, p + 4, 4);
            if (!"data".equals(inner)) {
                throw new MP4MetadataError("unexpected atom " + nameRepr(inner) + " inside " + nameRepr(name));
            }
            if (length < 1) {
                throw new MP4MetadataError("atom " + nameRepr(name) + " has a length of zero");
            }
            if (pos + 8 >= d.length) {
                throw new StructError("ord() expected a character, but string of length 0 found");
            }
            if (pos + 12 > d.length) {
                throw StructError.unpack(4);
            }
            int flags = (int) Bytes.uintBE(d, p + 9, 3);
            values.add(MP4FreeForm.owning(slice(d, pos + 16, pos + length), flags, d[p + 8] & 0xFF));
            pos += length;
        }
        String k = name + ":" + Text.latin1(mean, 0, mean.length) + ":" + Text.latin1(key, 0, key.length);
        return new FreeForm(k, values);
    }
}
