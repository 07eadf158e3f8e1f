// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mutagen.util.Bytes;
import mutagen.util.PyRepr;

/**
 * Renders the values of one key to its {@code ilst} child, as mutagen's {@code MP4Tags.__render_*} methods do.
 * Python's {@code TypeError}/{@code ValueError} is an {@link IllegalArgumentException}; its
 * {@code MP4MetadataValueError} an {@link IllegalArgumentException} caused by one.
 */
final class TagRenderers {
    private TagRenderers() {
    }

    static IllegalArgumentException valueError(String message) {
        return new IllegalArgumentException(message, new MP4MetadataValueError(message));
    }

    /** The atom name of a key: Latin-1 bytes, padded or cut to 4 as {@code struct.pack("4s")} does. */
    static String atomName(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) > 0xFF) {
                throw new IllegalArgumentException("'latin-1' codec can't encode character in " + PyRepr.str(key));
            }
        }
        return (key + "\0\0\0\0").substring(0, 4);
    }

    static byte[] dataAtoms(String key, int version, int flags, List<byte[]> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] v : values) {
            byte[] d = new byte[8 + v.length];
            Bytes.put32be(d, 0, ((long) version << 24) | (flags & 0xFFFFFFL));
            System.arraycopy(v, 0, d, 8, v.length);
            out.writeBytes(Atom.render("data", d));
        }
        return Atom.render(atomName(key), out.toByteArray());
    }

    static List<?> asList(Object value) {
        if (value instanceof List) {
            return (List<?>) value;
        }
        throw new IllegalArgumentException(PyRepr.repr(value) + " is not a list");
    }

    static byte[] text(String key, Object value) {
        return text(key, value, AtomDataType.UTF8);
    }

    /** {@code __render_text(key, value, flags)}: UTF-8 values under the given data type. */
    static byte[] text(String key, Object value, int flags) {
        List<?> list = value instanceof String ? List.of(value) : asList(value);
        List<byte[]> encoded = new java.util.ArrayList<>();
        for (Object v : list) {
            if (!(v instanceof String)) {
                throw new IllegalArgumentException(PyRepr.repr(v) + " not str");
            }
            encoded.add(((String) v).getBytes(StandardCharsets.UTF_8));
        }
        return dataAtoms(key, 0, flags, encoded);
    }

    static long[] pairOf(Object v) {
        if (v instanceof MP4Pair) {
            return new long[] {((MP4Pair) v).number(), ((MP4Pair) v).total()};
        }
        if (v instanceof List && ((List<?>) v).size() == 2 && ((List<?>) v).get(0) instanceof Number
                && ((List<?>) v).get(1) instanceof Number) {
            return new long[] {((Number) ((List<?>) v).get(0)).longValue(),
                ((Number) ((List<?>) v).get(1)).longValue()};
        }
        throw new IllegalArgumentException("not a pair: " + PyRepr.repr(v));
    }

    static byte[] pair(String key, Object value, boolean trailing) {
        List<byte[]> data = new java.util.ArrayList<>();
        for (Object v : asList(value)) {
            long[] p = pairOf(v);
            if (p[0] < 0 || p[0] >= 1 << 16 || p[1] < 0 || p[1] >= 1 << 16) {
                throw valueError("invalid numeric pair (" + p[0] + ", " + p[1] + ")");
            }
            byte[] d = new byte[trailing ? 8 : 6];
            Bytes.put16be(d, 2, (int) p[0]);
            Bytes.put16be(d, 4, (int) p[1]);
            data.add(d);
        }
        return dataAtoms(key, 0, AtomDataType.IMPLICIT, data);
    }

    static byte[] integer(String key, Object value, int minBytes) {
        List<byte[]> data = new java.util.ArrayList<>();
        if (!(value instanceof List)) {
            throw valueError("'" + pyType(value) + "' object is not iterable");
        }
        for (Object o : (List<?>) value) {
            if (!(o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte)) {
                throw valueError("value is not an int: " + PyRepr.repr(o));
            }
            long v = ((Number) o).longValue();
            int n;
            if (v == (byte) v && minBytes <= 1) {
                n = 1;
            } else if (v == (short) v && minBytes <= 2) {
                n = 2;
            } else if (v == (int) v && minBytes <= 4) {
                n = 4;
            } else {
                n = 8;
            }
            byte[] d = new byte[n];
            for (int i = 0; i < n; i++) {
                d[i] = (byte) (v >> (8 * (n - 1 - i)));
            }
            data.add(d);
        }
        return dataAtoms(key, 0, AtomDataType.INTEGER, data);
    }

    private static String pyType(Object o) {
        return o instanceof String ? "str" : o instanceof Boolean ? "bool" : o instanceof Number ? "int"
                : o == null ? "NoneType" : o.getClass().getSimpleName();
    }

    static byte[] bool(String key, Object value) {
        boolean b = value instanceof Boolean ? (Boolean) value : truthy(value);
        return dataAtoms(key, 0, AtomDataType.INTEGER, List.of(new byte[] {(byte) (b ? 1 : 0)}));
    }

    private static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Number) {
            return ((Number) v).doubleValue() != 0;
        }
        if (v instanceof String) {
            return !((String) v).isEmpty();
        }
        if (v instanceof List) {
            return !((List<?>) v).isEmpty();
        }
        return true;
    }

    static byte[] cover(String key, Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object c : asList(value)) {
            byte[] img;
            int format;
            if (c instanceof MP4Cover) {
                img = ((MP4Cover) c).raw();
                format = ((MP4Cover) c).imageformat();
            } else if (c instanceof byte[]) {
                img = (byte[]) c;
                format = MP4Cover.FORMAT_JPEG;
            } else {
                throw new IllegalArgumentException("not a cover: " + PyRepr.repr(c));
            }
            byte[] d = new byte[8 + img.length];
            Bytes.put32be(d, 0, format & 0xFFFFFFFFL);
            System.arraycopy(img, 0, d, 8, img.length);
            out.writeBytes(Atom.render("data", d));
        }
        return Atom.render(atomName(key), out.toByteArray());
    }

    static byte[] freeform(String key, Object value) {
        List<?> list = value instanceof byte[] || value instanceof MP4FreeForm ? List.of(value) : asList(value);
        byte[] k = key.getBytes(StandardCharsets.ISO_8859_1);
        atomName(key);
        String[] parts = key.split(":", 3);
        if (parts.length < 3) {
            throw new IllegalArgumentException("not enough values to unpack (expected 3, got " + parts.length + ")");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(named("mean", parts[1].getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(named("name", parts[2].getBytes(StandardCharsets.ISO_8859_1)));
        for (Object v : list) {
            int flags = AtomDataType.UTF8;
            int version = 0;
            byte[] data;
            if (v instanceof MP4FreeForm) {
                flags = ((MP4FreeForm) v).dataformat();
                version = ((MP4FreeForm) v).version();
                data = ((MP4FreeForm) v).raw();
            } else if (v instanceof byte[]) {
                data = (byte[]) v;
            } else {
                throw new IllegalArgumentException("not bytes: " + PyRepr.repr(v));
            }
            byte[] d = new byte[16 + data.length];
            Bytes.put32be(d, 0, d.length);
            System.arraycopy(Atom.latin1("data"), 0, d, 4, 4);
            Bytes.put32be(d, 8, ((long) version << 24) | (flags & 0xFFFFFFL));
            System.arraycopy(data, 0, d, 16, data.length);
            out.writeBytes(d);
        }
        assert k.length == key.length();
        return Atom.render("----", out.toByteArray());
    }

    private static byte[] named(String name, byte[] value) {
        byte[] d = new byte[12 + value.length];
        Bytes.put32be(d, 0, d.length);
        System.arraycopy(Atom.latin1(name), 0, d, 4, 4);
        System.arraycopy(value, 0, d, 12, value.length);
        return d;
    }
}
