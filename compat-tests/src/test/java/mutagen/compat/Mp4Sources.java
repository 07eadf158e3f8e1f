// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Derived MP4 sources for the write matrix: {@link #withCo64} rewrites every {@code stco} chunk offset table as a
 * {@code co64} one (64-bit offsets; ffmpeg writes co64 only past 4 GiB), fixing the container sizes and, when the
 * media data follows {@code moov}, the offsets themselves.
 */
final class Mp4Sources {
    private static final Set<String> PATH = Set.of("moov", "trak", "mdia", "minf", "stbl");

    private Mp4Sources() {
    }

    static byte[] withCo64(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file);
        int at = 0;
        while (at + 8 <= file.length) {
            int size = b.getInt(at);
            if (name(file, at).equals("moov")) {
                long growth = growth(file, at + 8, at + size);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(file, 0, at);
                out.writeBytes(rebuild(file, at, at + size, at, growth));
                out.write(file, at + size, file.length - at - size);
                return out.toByteArray();
            }
            at += size;
        }
        throw new IllegalArgumentException("no moov atom");
    }

    private static String name(byte[] d, int at) {
        return new String(d, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The bytes co64 tables add under [from, to): 4 per entry. */
    private static long growth(byte[] d, int from, int to) {
        long g = 0;
        ByteBuffer b = ByteBuffer.wrap(d);
        for (int at = from; at + 8 <= to; at += b.getInt(at)) {
            String n = name(d, at);
            if (n.equals("stco")) {
                g += 4L * b.getInt(at + 12);
            } else if (PATH.contains(n)) {
                g += growth(d, at + 8, at + b.getInt(at));
            }
        }
        return g;
    }

    /** The atom at [at, end) rebuilt: containers on the path recursively, stco as co64, others as they are. */
    private static byte[] rebuild(byte[] d, int at, int end, int moov, long growth) {
        ByteBuffer b = ByteBuffer.wrap(d);
        String n = name(d, at);
        if (n.equals("stco")) {
            int count = b.getInt(at + 12);
            ByteBuffer out = ByteBuffer.allocate(16 + 8 * count);
            out.putInt(16 + 8 * count).put("co64".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                    .putInt(b.getInt(at + 8)).putInt(count);
            for (int i = 0; i < count; i++) {
                long off = Integer.toUnsignedLong(b.getInt(at + 16 + 4 * i));
                out.putLong(off >= moov ? off + growth : off);
            }
            return out.array();
        }
        if (!PATH.contains(n)) {
            return java.util.Arrays.copyOfRange(d, at, end);
        }
        ByteArrayOutputStream kids = new ByteArrayOutputStream();
        for (int c = at + 8; c + 8 <= end; c += b.getInt(c)) {
            kids.writeBytes(rebuild(d, c, c + b.getInt(c), moov, growth));
        }
        ByteBuffer head = ByteBuffer.allocate(8).putInt(8 + kids.size());
        head.put(d, at + 4, 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.array());
        out.writeBytes(kids.toByteArray());
        return out.toByteArray();
    }
}
