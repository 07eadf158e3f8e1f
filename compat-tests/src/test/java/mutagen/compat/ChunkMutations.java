// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.ArrayList;
import java.util.List;

/**
 * Damaged copies of chunked files (RIFF, FORM, FRM8) beyond {@link Mutations}' root-size flip: for each chunk of the
 * root, its size field set to the largest value (a chunk claiming 4 GB, or 2^63 for DSDIFF), to 0, and to one more
 * than it was (an odd size whose padding byte is missing, which shifts every chunk after it), and the last chunk
 * cut just before its padding byte.
 */
final class ChunkMutations {
    private ChunkMutations() {
    }

    /** The damaged copies, or none for a file that is not chunked. */
    static List<Mutations.Mutation> of(byte[] data) {
        List<Mutations.Mutation> out = new ArrayList<>();
        boolean riff = is(data, "RIFF");
        boolean dsdiff = is(data, "FRM8");
        if (!riff && !dsdiff && !is(data, "FORM")) {
            return out;
        }
        int header = dsdiff ? 12 : 8;
        long at = header + 4;
        for (int n = 0; n < 64 && at + header <= data.length; n++) {
            String id = new String(data, (int) at, 4, java.nio.charset.StandardCharsets.ISO_8859_1).trim();
            long size = readSize(data, (int) at + 4, riff, dsdiff);
            out.add(withSize(data, at, dsdiff ? Long.MAX_VALUE : 0xFFFFFFFFL, riff, dsdiff, "chunk-" + id + "-max"));
            out.add(withSize(data, at, 0, riff, dsdiff, "chunk-" + id + "-zero"));
            out.add(withSize(data, at, size + 1, riff, dsdiff, "chunk-" + id + "-plus1"));
            long next = at + header + size + (size & 1);
            if (next >= data.length && (size & 1) == 1 && next == data.length) {
                byte[] cut = java.util.Arrays.copyOf(data, data.length - 1);
                out.add(new Mutations.Mutation("chunk-" + id + "-nopad", cut));
            }
            if (size < 0 || next <= at) {
                break;
            }
            at = next;
        }
        return out;
    }

    private static Mutations.Mutation withSize(byte[] data, long at, long size, boolean riff, boolean dsdiff,
            String what) {
        byte[] copy = data.clone();
        int n = dsdiff ? 8 : 4;
        for (int i = 0; i < n; i++) {
            int shift = 8 * (riff ? i : n - 1 - i);
            copy[(int) at + 4 + i] = (byte) (size >>> shift);
        }
        return new Mutations.Mutation("flip@" + what, copy);
    }

    private static long readSize(byte[] b, int at, boolean riff, boolean dsdiff) {
        long v = 0;
        int n = dsdiff ? 8 : 4;
        for (int i = 0; i < n; i++) {
            int k = riff ? at + n - 1 - i : at + i;
            v = (v << 8) | (b[k] & 0xFF);
        }
        return v;
    }

    private static boolean is(byte[] data, String magic) {
        return data.length >= 12 && new String(data, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals(magic);
    }
}
