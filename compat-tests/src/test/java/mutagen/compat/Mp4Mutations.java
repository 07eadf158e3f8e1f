// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Damaged variants of an MP4 file beyond {@link Mutations}' cuts (which cover the top-level atoms and the children
 * of {@code moov}): for each of the first {@value #MAX_ATOMS} atoms of the tree (depth first through the containers
 * mutagen descends into), the file cut at its start and after its header, and its size set to 0, 7, one less, one
 * more and 0xFFFFFFFF, and to 1 with a 64-bit size one byte past the end of the file (and 2^63 for an atom that
 * already has a 64-bit size).
 */
final class Mp4Mutations {
    static final int MAX_ATOMS = 40;
    private static final Set<String> CONTAINERS = Set.of("moov", "udta", "trak", "mdia", "meta", "ilst", "stbl",
            "minf", "moof", "traf");

    private Mp4Mutations() {
    }

    static List<Mutations.Mutation> of(byte[] data) {
        List<Mutations.Mutation> out = new ArrayList<>();
        if (data.length < 8 || !new String(data, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("ftyp")) {
            return out;
        }
        List<long[]> atoms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        walk(data, 0, data.length, "", 0, atoms, names);
        for (int i = 0; i < atoms.size(); i++) {
            long at = atoms.get(i)[0];
            long size = atoms.get(i)[1];
            int header = (int) atoms.get(i)[2];
            String p = "mp4-" + i + "-" + names.get(i);
            if (atoms.get(i)[3] > 1) {
                // top-level atoms and moov's children are cut by Mutations already
                out.add(cut(p, data, at));
                if (at + header < data.length) {
                    out.add(cut(p + "+" + header, data, at + header));
                }
            }
            out.add(size32(p + "-size0", data, at, 0));
            out.add(size32(p + "-size7", data, at, 7));
            out.add(size32(p + "-size-1", data, at, size - 1));
            out.add(size32(p + "-size+1", data, at, size + 1));
            out.add(size32(p + "-sizemax", data, at, 0xFFFFFFFFL));
            if (at + 16 <= data.length) {
                byte[] c = size32(p, data, at, 1).data();
                ByteBuffer.wrap(c).putLong((int) at + 8, data.length - at + 1);
                out.add(new Mutations.Mutation("flip@" + p + "-size64-past-end", c));
                if (header == 16) {
                    byte[] h = data.clone();
                    ByteBuffer.wrap(h).putLong((int) at + 8, Long.MIN_VALUE);
                    out.add(new Mutations.Mutation("flip@" + p + "-size64-2^63", h));
                }
            }
        }
        return out;
    }

    /** Depth first: {offset, size, header, depth} and the dotted name of each atom, up to MAX_ATOMS. */
    private static void walk(byte[] d, long from, long end, String prefix, int depth, List<long[]> atoms,
            List<String> names) {
        ByteBuffer b = ByteBuffer.wrap(d);
        long at = from;
        while (at + 8 <= end && atoms.size() < MAX_ATOMS) {
            long size = Integer.toUnsignedLong(b.getInt((int) at));
            int header = 8;
            if (size == 1 && at + 16 <= end) {
                size = b.getLong((int) at + 8);
                header = 16;
            } else if (size == 0) {
                size = end - at;
            }
            String name = new String(d, (int) at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            atoms.add(new long[] {at, size, header, depth});
            names.add(prefix + name.replaceAll("[^A-Za-z0-9-]", "_"));
            if (size < header || at + size > end) {
                return;
            }
            if (CONTAINERS.contains(name)) {
                long inner = at + header + (name.equals("meta") ? 4 : 0);
                walk(d, inner, at + size, prefix + name + ".", depth + 1, atoms, names);
            }
            at += size;
        }
    }

    private static Mutations.Mutation cut(String what, byte[] data, long at) {
        return new Mutations.Mutation("cut@" + what, java.util.Arrays.copyOf(data, (int) at));
    }

    private static Mutations.Mutation size32(String what, byte[] data, long at, long value) {
        byte[] c = data.clone();
        ByteBuffer.wrap(c).putInt((int) at, (int) value);
        return new Mutations.Mutation("flip@" + what, c);
    }
}
