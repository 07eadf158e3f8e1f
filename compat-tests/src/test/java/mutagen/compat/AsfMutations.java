// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Damaged copies of ASF files: the file cut at every header object boundary (each object's start and the end of its
 * 24-byte head, at the top level and inside the header extension object, and the end of the header); the header's
 * size and object count set to their largest value, to 0 and to one more; each object's size set to the largest
 * value, to 2^63, to 0, to 23 and to one more and one less; the counts of the content description (first text
 * length: odd and 0xFFFF), extended content description, metadata and metadata library objects (0xFFFF, one more)
 * and of their first entry's name length, value type and value length; the header extension's data size; the codec
 * list's entry count.
 */
final class AsfMutations {
    private static final byte[] HEADER = HexFormat.of().parseHex("3026b2758e66cf11a6d900aa0062ce6c");
    private static final String EXTENSION = "b503bf5f2ea9cf118ee300c00c205365";
    private static final String CONTENT = "3326b2758e66cf11a6d900aa0062ce6c";
    private static final String EXTENDED = "40a4d0d207e3d21197f000a0c95ea850";
    private static final String METADATA = "eacbf8c5af5b77488467aa8c44fa4cca";
    private static final String LIBRARY = "941c23449894d149a1411d134e457054";
    private static final String CODECS = "4052d1861d31d011a3a400a0c90348f6";

    private AsfMutations() {
    }

    /** The damaged copies, or none for a file that does not start with an ASF header object. */
    static List<Mutations.Mutation> of(byte[] data) {
        List<Mutations.Mutation> out = new ArrayList<>();
        if (data.length < 30 || !Arrays.equals(Arrays.copyOf(data, 16), HEADER)) {
            return out;
        }
        long headerSize = le(data, 16, 8);
        out.add(set("asf-header-size-max", data, 16, -1L, 8));
        out.add(set("asf-header-size-0", data, 16, 0, 8));
        out.add(set("asf-header-size+1", data, 16, headerSize + 1, 8));
        out.add(set("asf-count-max", data, 24, 0xFFFFFFFFL, 4));
        out.add(set("asf-count-0", data, 24, 0, 4));
        out.add(set("asf-count+1", data, 24, le(data, 24, 4) + 1, 4));
        long end = Math.min(headerSize, data.length);
        if (end > 30 && end < data.length) {
            out.add(cut("asf-header-end", data, end));
        }
        walk(data, 30, end, "asf-obj", out, 0);
        return out;
    }

    private static void walk(byte[] data, long from, long end, String prefix, List<Mutations.Mutation> out,
            int depth) {
        long at = from;
        for (int i = 0; at + 24 <= end; i++) {
            String p = prefix + i;
            long size = le(data, (int) at + 16, 8);
            String guid = HexFormat.of().formatHex(data, (int) at, (int) at + 16);
            out.add(cut(p + "-start", data, at));
            out.add(cut(p + "-head", data, at + 24));
            int sizeAt = (int) at + 16;
            out.add(set(p + "-size-max", data, sizeAt, -1L, 8));
            out.add(set(p + "-size-2^63", data, sizeAt, Long.MIN_VALUE, 8));
            out.add(set(p + "-size-0", data, sizeAt, 0, 8));
            out.add(set(p + "-size-23", data, sizeAt, 23, 8));
            out.add(set(p + "-size+1", data, sizeAt, size + 1, 8));
            out.add(set(p + "-size-1", data, sizeAt, size - 1, 8));
            int body = (int) at + 24;
            payload(data, guid, body, Math.min(at + size, end), p, out, depth);
            if (size < 24 || at + size > end) {
                break;
            }
            at += size;
        }
    }

    private static void payload(byte[] data, String guid, int body, long objectEnd, String p,
            List<Mutations.Mutation> out, int depth) {
        if (guid.equals(CONTENT) && body + 10 <= objectEnd) {
            out.add(set(p + "-title-length-odd", data, body, 1, 2));
            out.add(set(p + "-title-length-max", data, body, 0xFFFF, 2));
        } else if ((guid.equals(EXTENDED) || guid.equals(METADATA) || guid.equals(LIBRARY)) && body + 2 <= objectEnd) {
            out.add(set(p + "-count-max", data, body, 0xFFFF, 2));
            out.add(set(p + "-count+1", data, body, le(data, body, 2) + 1, 2));
            entry(data, guid, body + 2, objectEnd, p, out);
        } else if (guid.equals(EXTENSION) && body + 22 <= objectEnd) {
            out.add(set(p + "-datasize-max", data, body + 18, 0xFFFFFFFFL, 4));
            out.add(set(p + "-datasize-0", data, body + 18, 0, 4));
            if (depth == 0) {
                walk(data, body + 22, objectEnd, p + "-ext", out, depth + 1);
            }
        } else if (guid.equals(CODECS) && body + 20 <= objectEnd) {
            out.add(set(p + "-codecs-max", data, body + 16, 0xFFFFFFFFL, 4));
            out.add(set(p + "-codecs+1", data, body + 16, le(data, body + 16, 4) + 1, 4));
        }
    }

    /** The first entry's name length, value type and value length. */
    private static void entry(byte[] data, String guid, int at, long objectEnd, String p,
            List<Mutations.Mutation> out) {
        if (guid.equals(EXTENDED)) {
            if (at + 2 > objectEnd) {
                return;
            }
            int nameLength = (int) le(data, at, 2);
            out.add(set(p + "-name-length-max", data, at, 0xFFFF, 2));
            out.add(set(p + "-name-length-odd", data, at, nameLength | 1, 2));
            int type = at + 2 + nameLength;
            if (type + 4 <= objectEnd) {
                out.add(set(p + "-type-7", data, type, 7, 2));
                out.add(set(p + "-type-bool", data, type, 2, 2));
                out.add(set(p + "-value-length-max", data, type + 2, 0xFFFF, 2));
            }
        } else if (at + 12 <= objectEnd) {
            out.add(set(p + "-name-length-max", data, at + 4, 0xFFFF, 2));
            out.add(set(p + "-type-7", data, at + 6, 7, 2));
            out.add(set(p + "-type-bool", data, at + 6, 2, 2));
            out.add(set(p + "-value-length-max", data, at + 8, 0xFFFFFFFFL, 4));
        }
    }

    private static long le(byte[] data, int at, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (data[at + i] & 0xFF);
        }
        return v;
    }

    private static Mutations.Mutation set(String what, byte[] data, int at, long value, int n) {
        byte[] copy = data.clone();
        for (int i = 0; i < n; i++) {
            copy[at + i] = (byte) (value >>> (8 * i));
        }
        return new Mutations.Mutation("flip@" + what, copy);
    }

    private static Mutations.Mutation cut(String what, byte[] data, long at) {
        return new Mutations.Mutation("cut@" + what, Arrays.copyOf(data, (int) Math.min(at, data.length)));
    }
}
