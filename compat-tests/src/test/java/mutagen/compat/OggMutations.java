// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.ArrayList;
import java.util.List;

/**
 * Damaged variants of an Ogg file beyond {@link Mutations}' truncations: for each of the first three pages, its CRC
 * corrupted (mutagen does not check it), its segment count set to 0 (a page without packets, the rest read as the next
 * page) and to 255, its first lacing value set to 255 and to 0, its version set to 1, and its granule position set
 * to -1 (no packet ends on it).
 */
final class OggMutations {
    private static final int PAGES = 3;

    private OggMutations() {
    }

    static List<Mutations.Mutation> of(byte[] data) {
        List<Mutations.Mutation> out = new ArrayList<>();
        int at = 0;
        for (int page = 0; page < PAGES && at + 27 <= data.length && isOggS(data, at); page++) {
            int segments = data[at + 26] & 0xff;
            String p = "ogg-page" + page + "-";
            out.add(set(p + "crc", data, at + 22, (byte) (data[at + 22] ^ 0x5a)));
            out.add(set(p + "segments0", data, at + 26, (byte) 0));
            out.add(set(p + "segments255", data, at + 26, (byte) 0xff));
            out.add(set(p + "version", data, at + 4, (byte) 1));
            byte[] noPosition = data.clone();
            for (int i = 0; i < 8; i++) {
                noPosition[at + 6 + i] = (byte) 0xff;
            }
            out.add(new Mutations.Mutation("flip@" + p + "position", noPosition));
            if (segments > 0 && at + 27 < data.length) {
                out.add(set(p + "lacing255", data, at + 27, (byte) 0xff));
                out.add(set(p + "lacing0", data, at + 27, (byte) 0));
            }
            if (at + 27 + segments > data.length) {
                break;
            }
            int body = 0;
            for (int s = 0; s < segments; s++) {
                body += data[at + 27 + s] & 0xff;
            }
            at += 27 + segments + body;
        }
        return out;
    }

    private static Mutations.Mutation set(String what, byte[] data, int at, byte value) {
        byte[] copy = data.clone();
        copy[at] = value;
        return new Mutations.Mutation("flip@" + what, copy);
    }

    private static boolean isOggS(byte[] data, int at) {
        return data[at] == 'O' && data[at + 1] == 'g' && data[at + 2] == 'g' && data[at + 3] == 'S';
    }
}
