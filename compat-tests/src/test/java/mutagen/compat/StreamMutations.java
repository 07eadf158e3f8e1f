// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.ArrayList;
import java.util.List;

/**
 * Damaged variants of the stream-only formats beyond {@link Mutations}' truncations: an ADTS stream cut at every frame
 * boundary (the first {@value #MAX_CUTS}) and its first frame's length, rate, channel and CRC fields changed; an
 * AC-3/E-AC-3 stream cut at every syncframe and its first header's bitstream id, rate, frame size and channel mode
 * changed; a Standard MIDI File cut at every chunk start and after each chunk header, its header's length, format,
 * track count and division changed, and each track's length set to 0 and to the largest value.
 */
final class StreamMutations {
    static final int MAX_CUTS = 200;

    private StreamMutations() {
    }

    static List<Mutations.Mutation> of(byte[] data) {
        List<Mutations.Mutation> out = new ArrayList<>();
        if (startsWith(data, 0, 'M', 'T', 'h', 'd')) {
            midi(data, out);
        } else if (startsWith(data, 0, 0x0B, 0x77)) {
            ac3(data, out);
        } else {
            int adts = adtsStart(data);
            if (adts >= 0) {
                adts(data, adts, out);
            }
        }
        return out;
    }

    /** The first ADTS sync word after a leading ID3v2 tag, within 512 bytes; -1 when none. */
    private static int adtsStart(byte[] data) {
        int start = 0;
        if (startsWith(data, 0, 'I', 'D', '3') && data.length >= 10) {
            start = 10 + ((data[6] & 0x7f) << 21 | (data[7] & 0x7f) << 14 | (data[8] & 0x7f) << 7 | data[9] & 0x7f);
        }
        for (int i = start; i + 7 <= data.length && i < start + 512; i++) {
            if ((data[i] & 0xff) == 0xff && (data[i + 1] & 0xf6) == 0xf0) {
                return i;
            }
        }
        return -1;
    }

    private static void adts(byte[] data, int first, List<Mutations.Mutation> out) {
        int at = first;
        for (int n = 0; n < MAX_CUTS && at + 7 <= data.length && (data[at] & 0xff) == 0xff; n++) {
            int length = (data[at + 3] & 3) << 11 | (data[at + 4] & 0xff) << 3 | (data[at + 5] & 0xff) >> 5;
            if (length < 7) {
                break;
            }
            at += length;
            if (at < data.length) {
                out.add(cut("adts-frame" + n, data, at));
            }
        }
        out.add(set("adts-length0", data, first + 3, data[first + 3] & 0xfc, first + 4, 0, first + 5,
                data[first + 5] & 0x1f));
        out.add(set("adts-length8191", data, first + 3, data[first + 3] | 3, first + 4, 0xff, first + 5,
                data[first + 5] | 0xe0));
        out.add(set("adts-rate15", data, first + 2, data[first + 2] | 0x3c));
        out.add(set("adts-channels0", data, first + 2, data[first + 2] & 0xfe, first + 3, data[first + 3] & 0x3f));
        out.add(set("adts-channels7", data, first + 2, data[first + 2] | 1, first + 3, data[first + 3] | 0xc0));
        out.add(set("adts-crc", data, first + 1, data[first + 1] ^ 1));
        out.add(set("adts-blocks3", data, first + 6, data[first + 6] | 3));
    }

    private static void ac3(byte[] data, List<Mutations.Mutation> out) {
        int n = 0;
        for (int i = 2; i + 1 < data.length && n < MAX_CUTS; i++) {
            if (data[i] == 0x0B && data[i + 1] == 0x77) {
                out.add(cut("ac3-sync" + n++, data, i));
            }
        }
        if (data.length < 8) {
            return;
        }
        for (int bsid : new int[] {9, 10, 11, 16, 17, 31}) {
            out.add(set("ac3-bsid" + bsid, data, 5, (data[5] & 7) | bsid << 3));
        }
        out.add(set("ac3-byte2-ff", data, 2, 0xff));
        out.add(set("ac3-byte4-ff", data, 4, 0xff));
        out.add(set("ac3-byte4-00", data, 4, 0));
        out.add(set("ac3-byte6-00", data, 6, 0));
        out.add(set("ac3-byte6-ff", data, 6, 0xff));
        out.add(set("ac3-byte7-ff", data, 7, 0xff));
    }

    private static void midi(byte[] data, List<Mutations.Mutation> out) {
        if (data.length < 14) {
            return;
        }
        out.add(set("smf-header-length7", data, 7, 7));
        out.add(set("smf-format2", data, 9, 2));
        out.add(set("smf-format0", data, 9, 0));
        out.add(set("smf-tracks0", data, 10, 0, 11, 0));
        out.add(set("smf-tracks-ffff", data, 10, 0xff, 11, 0xff));
        out.add(set("smf-division0", data, 12, 0, 13, 0));
        out.add(set("smf-division-smpte", data, 12, 0xe7, 13, 0x28));
        int at = 14;
        for (int n = 0; n < MAX_CUTS && at + 8 <= data.length; n++) {
            out.add(cut("smf-chunk" + n, data, at));
            out.add(cut("smf-chunk" + n + "-body", data, at + 8));
            out.add(set("smf-chunk" + n + "-length0", data, at + 4, 0, at + 5, 0, at + 6, 0, at + 7, 0));
            out.add(set("smf-chunk" + n + "-length-max", data, at + 4, 0xff, at + 5, 0xff, at + 6, 0xff, at + 7,
                    0xff));
            if (at + 9 < data.length) {
                out.add(set("smf-chunk" + n + "-first-ff", data, at + 8, 0xff, at + 9, 0xff));
            }
            long length = (data[at + 4] & 0xffL) << 24 | (data[at + 5] & 0xff) << 16 | (data[at + 6] & 0xff) << 8
                    | data[at + 7] & 0xff;
            at += 8 + (int) Math.min(length, data.length);
        }
    }

    private static Mutations.Mutation cut(String what, byte[] data, int at) {
        byte[] copy = new byte[Math.min(at, data.length)];
        System.arraycopy(data, 0, copy, 0, copy.length);
        return new Mutations.Mutation("cut@" + what, copy);
    }

    /** A copy with bytes set: offset, value, offset, value... (offsets past the end are left out). */
    private static Mutations.Mutation set(String what, byte[] data, int... offsetValue) {
        byte[] copy = data.clone();
        for (int i = 0; i + 1 < offsetValue.length; i += 2) {
            if (offsetValue[i] < copy.length) {
                copy[offsetValue[i]] = (byte) offsetValue[i + 1];
            }
        }
        return new Mutations.Mutation("flip@" + what, copy);
    }

    private static boolean startsWith(byte[] data, int at, int... bytes) {
        if (at + bytes.length > data.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((data[at + i] & 0xff) != (bytes[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
