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
 * Reads the values of one {@code ilst} child, as mutagen's {@code MP4Tags.__parse_*} methods do, from the child's
 * data where it lies ({@code d[base, base + len)}: the file's bytes or a window of them; positions are relative to
 * {@code base}), copying only what a value keeps. A failure that
 * mutagen keeps as a failed atom is an {@link MP4MetadataError}; one that fails the whole load is a
 * {@link StructError}.
 */
final class TagParsers {
    private TagParsers() {
    }

    /** One {@code data} atom: version, flags (the data type) and where its payload lies in {@code d}. */
    record Data(int version, int flags, byte[] d, int from, int to) {
        int length() {
            return to - from;
        }

        /** The payload's byte at {@code i}, unsigned. */
        int u8(int i) {
            return d[from + i] & 0xFF;
        }

        /** The payload's big-endian unsigned integer of {@code n} bytes at {@code i}. */
        long uint(int i, int n) {
            return Bytes.uintBE(d, from + i, n);
        }
    }

    static String nameRepr(String name) {
        return PyRepr.bytes(Atom.latin1(name));
    }

    /** Receives each data atom as it is read (Python's generator). */
    interface Sink {
        void accept(Data d) throws MP4MetadataError;
    }

    /** The data atoms of a child ({@code __parse_data}); {@code limit} is Python's {@code atom.length - 8}. */
    static List<Data> data(String name, long limit, byte[] d, int base, int len) throws MP4MetadataError {
        List<Data> out = new ArrayList<>(2);
        data(name, limit, d, base, len, out::add);
        return out;
    }

    static void data(String name, long limit, byte[] d, int base, int len, Sink out) throws MP4MetadataError {
        long pos = 0;
        while (pos < limit) {
            if (pos + 12 > len) {
                throw new MP4MetadataError("truncated atom " + nameRepr(name));
            }
            int p = base + (int) pos;
            long length = Bytes.u32be(d, p);
            if (length < 1) {
                throw new MP4MetadataError("atom " + nameRepr(name) + " has a length of zero");
            }
            if (!isData(d, p + 4)) {
                throw new MP4MetadataError("unexpected atom " + nameRepr(Text.latin1(d, p + 4, 4)) + " inside "
                        + nameRepr(name));
            }
            if (length < 16 || pos + length > len) {
                throw new MP4MetadataError("truncated atom " + nameRepr(name));
            }
            out.accept(new Data(d[p + 8] & 0xFF, (int) Bytes.uintBE(d, p + 9, 3), d, p + 16,
                    base + (int) (pos + length)));
            pos += length;
        }
    }

    /** Whether the four bytes at {@code at} are {@code data}. */
    private static boolean isData(byte[] d, int at) {
        return d[at] == 'd' && d[at + 1] == 'a' && d[at + 2] == 't' && d[at + 3] == 'a';
    }

    /** Whether the four bytes at {@code at} are {@code name}. */
    private static boolean isName(byte[] d, int at) {
        return d[at] == 'n' && d[at + 1] == 'a' && d[at + 2] == 'm' && d[at + 3] == 'e';
    }

    static List<Object> text(String name, long limit, byte[] d, int base, int len, boolean implicit)
            throws MP4MetadataError {
        List<Data> data = data(name, limit, d, base, len);
        List<Object> values = new ArrayList<>(data.size());
        for (Data x : data) {
            if (implicit) {
                if (x.flags != AtomDataType.IMPLICIT && x.flags != AtomDataType.UTF8) {
                    throw new MP4MetadataError("Unknown atom type " + x.flags + " for " + nameRepr(name));
                }
            } else if (x.flags != AtomDataType.UTF8) {
                throw new MP4MetadataError(nameRepr(name) + " is not text, ignore");
            }
            try {
                values.add(Text.utf8(x.d, x.from, x.length()));
            } catch (CharacterCodingException e) {
                throw new MP4MetadataError(name + ": " + Text.utf8ErrorText(x.d, x.from, x.length()));
            }
        }
        return values;
    }

    static List<Object> pair(String name, long limit, byte[] d, int base, int len) throws MP4Error {
        List<Object> values = new ArrayList<>(1);
        for (Data x : data(name, limit, d, base, len)) {
            if (x.length() < 6) {
                throw StructError.unpack(4);
            }
            values.add(new MP4Pair(x.uint(2, 2), x.uint(4, 2)));
        }
        return values;
    }

    static List<Object> genre(String name, long limit, byte[] d, int base, int len) throws MP4MetadataError {
        List<Object> values = new ArrayList<>(1);
        List<String> genres = TCON.GENRES;
        for (Data x : data(name, limit, d, base, len)) {
            if (x.length() != 2) {
                throw new MP4MetadataValueError("invalid genre");
            }
            int index = (short) x.uint(0, 2) - 1;
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

    static List<Object> integer(String name, long limit, byte[] d, int base, int len) throws MP4MetadataError {
        List<Object> values = new ArrayList<>(1);
        for (Data x : data(name, limit, d, base, len)) {
            if (x.version != 0) {
                throw new MP4MetadataValueError("unsupported version");
            }
            if (x.flags != AtomDataType.IMPLICIT && x.flags != AtomDataType.INTEGER) {
                throw new MP4MetadataValueError("unsupported type");
            }
            int n = x.length();
            if (n != 1 && n != 2 && n != 3 && n != 4 && n != 8) {
                throw new MP4MetadataValueError("invalid value size " + n);
            }
            long v = x.uint(0, n);
            values.add((v << (64 - 8 * n)) >> (64 - 8 * n));
        }
        return values;
    }

    static void bool(String name, long limit, byte[] d, int base, int len, MP4Tags into) throws MP4MetadataError {
        data(name, limit, d, base, len, x -> {
            if (x.length() != 1) {
                throw new MP4MetadataValueError("invalid bool");
            }
            into.putParsed(name, x.u8(0) != 0);
        });
    }

    static List<Object> cover(String name, long limit, byte[] d, int base, int len) throws MP4Error {
        List<Object> values = new ArrayList<>(1);
        long pos = 0;
        while (pos < limit) {
            if (pos + 12 > len) {
                throw StructError.unpack(12);
            }
            int p = base + (int) pos;
            long length = Bytes.u32be(d, p);
            long format = Bytes.u32be(d, p + 8);
            if (!isData(d, p + 4)) {
                if (isName(d, p + 4)) {
                    if (length == 0) {
                        // mutagen loops forever here
                        throw new MP4MetadataError("atom " + nameRepr("name") + " has a length of zero");
                    }
                    pos += length;
                    continue;
                }
                throw new MP4MetadataError("unexpected atom " + nameRepr(Text.latin1(d, p + 4, 4))
                        + " inside 'covr'");
            }
            if (length < 1) {
                throw new MP4MetadataError("atom " + nameRepr(name) + " has a length of zero");
            }
            if (format != MP4Cover.FORMAT_JPEG && format != MP4Cover.FORMAT_PNG) {
                format = MP4Cover.FORMAT_JPEG;
            }
            values.add(MP4Cover.owning(slice(d, base, len, pos + 16, pos + length), (int) format));
            pos += length;
        }
        return values;
    }

    /** A copy of {@code [from, to)} (relative to {@code base}), each end clamped to {@code [0, len]}. */
    static byte[] slice(byte[] d, int base, int len, long from, long to) {
        int a = (int) Math.min(Math.max(from, 0), len);
        int b = (int) Math.min(Math.max(to, 0), len);
        return b <= a ? new byte[0] : Arrays.copyOfRange(d, base + a, base + b);
    }

    /** A freeform child: its key {@code ----:mean:name} and its values. */
    record FreeForm(String key, List<Object> values) {
    }

    static FreeForm freeform(String name, long limit, byte[] d, int base, int len) throws MP4Error {
        if (len < 4) {
            throw StructError.unpack(4);
        }
        long length = Bytes.u32be(d, base);
        String mean = latin1(d, base, len, 12, length);
        long pos = length;
        if (pos + 4 > len) {
            throw StructError.unpack(4);
        }
        length = Bytes.u32be(d, base + (int) pos);
        String key = latin1(d, base, len, pos + 12, pos + length);
        pos += length;
        List<Object> values = new ArrayList<>(1);
        while (pos < limit) {
            if (pos + 8 > len) {
                throw StructError.unpack(8);
            }
            int p = base + (int) pos;
            length = Bytes.u32be(d, p);
            if (!isData(d, p + 4)) {
                throw new MP4MetadataError("unexpected atom " + nameRepr(Text.latin1(d, p + 4, 4)) + " inside "
                        + nameRepr(name));
            }
            if (length < 1) {
                throw new MP4MetadataError("atom " + nameRepr(name) + " has a length of zero");
            }
            if (pos + 8 >= len) {
                throw new StructError("ord() expected a character, but string of length 0 found");
            }
            if (pos + 12 > len) {
                throw StructError.unpack(4);
            }
            int flags = (int) Bytes.uintBE(d, p + 9, 3);
            values.add(MP4FreeForm.owning(slice(d, base, len, pos + 16, pos + length), flags, d[p + 8] & 0xFF));
            pos += length;
        }
        return new FreeForm(name + ":" + mean + ":" + key, values);
    }

    /** {@link #slice} as ISO-8859-1 text. */
    private static String latin1(byte[] d, int base, int len, long from, long to) {
        int a = (int) Math.min(Math.max(from, 0), len);
        int b = (int) Math.min(Math.max(to, 0), len);
        return b <= a ? "" : Text.latin1(d, base + a, b - a);
    }
}
