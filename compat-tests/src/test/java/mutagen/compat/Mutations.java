// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Damaged variants of a file, so that error classes and messages are compared too: truncations at fixed header
 * boundaries, at every eighth of the file, and at the structure boundaries of known containers (the end of a leading
 * ID3v2 tag; each FLAC metadata block's start and the end of its header; each Ogg page; each top-level MP4 atom and
 * each child of {@code moov}, at its start and after its header; each RIFF/FORM/FRM8 chunk; the APEv2 footer), and
 * the first size field of known containers set to its largest value (ID3v2 tag size, FLAC first block length,
 * RIFF/FORM/FRM8 chunk size, the first MP4 atom size, the segment count of the first Ogg page, the APEv2 footer's
 * tag size).
 */
final class Mutations {
    /** A damaged copy: its id suffix ({@code trunc@128}, {@code trunc@3/8}, {@code flip@id3-size}) and bytes. */
    record Mutation(String id, byte[] data) {
    }

    private Mutations() {
    }

    static final int[] BOUNDARIES = {4, 10, 32, 128, 1024};

    static List<Mutation> of(byte[] data) {
        Map<Integer, String> cuts = new LinkedHashMap<>();
        for (int b : BOUNDARIES) {
            if (b < data.length) {
                cuts.putIfAbsent(b, "trunc@" + b);
            }
        }
        for (int k = 1; k < 8; k++) {
            int at = (int) ((long) data.length * k / 8);
            if (at > 0 && at < data.length) {
                cuts.putIfAbsent(at, "trunc@" + k + "/8");
            }
        }
        for (Map.Entry<Long, String> b : Boundaries.of(data).entrySet()) {
            long at = b.getKey();
            if (at > 0 && at < data.length) {
                cuts.putIfAbsent((int) at, "cut@" + b.getValue());
            }
        }
        List<Mutation> out = new ArrayList<>();
        for (Map.Entry<Integer, String> c : cuts.entrySet()) {
            byte[] cut = new byte[c.getKey()];
            System.arraycopy(data, 0, cut, 0, cut.length);
            out.add(new Mutation(c.getValue(), cut));
        }
        if (startsWith(data, 0, "ID3") && data.length >= 10) {
            out.add(flip("id3-size", data, 6, new byte[] {0x7f, 0x7f, 0x7f, 0x7f}));
        }
        int flac = startsWith(data, 0, "fLaC") ? 0 : -1;
        if (flac >= 0 && data.length >= 8) {
            out.add(flip("flac-block-size", data, 5, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff}));
        }
        if ((startsWith(data, 0, "RIFF") || startsWith(data, 0, "FORM") || startsWith(data, 0, "FRM8"))
                && data.length >= 8) {
            out.add(flip("chunk-size", data, 4, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f}));
        }
        if (startsWith(data, 4, "ftyp")) {
            out.add(flip("atom-size", data, 0, new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}));
        }
        if (startsWith(data, 0, "OggS") && data.length > 27) {
            out.add(flip("ogg-segments", data, 26, new byte[] {(byte) 0xff}));
            out.addAll(OggMutations.of(data));
        }
        out.addAll(ChunkMutations.of(data));
        int ape = data.length - 32;
        if (ape >= 0 && startsWith(data, ape, "APETAGEX")) {
            out.add(flip("ape-size", data, ape + 12, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f}));
        }
        out.addAll(ApeMutations.of(data));
        out.addAll(TakTtaCompat.mutations(data));
        out.addAll(Mp4Mutations.of(data));
        out.addAll(AsfMutations.of(data));
        out.addAll(StreamMutations.of(data));
        return out;
    }

    private static Mutation flip(String what, byte[] data, int at, byte[] value) {
        byte[] copy = data.clone();
        System.arraycopy(value, 0, copy, at, value.length);
        return new Mutation("flip@" + what, copy);
    }

    private static boolean startsWith(byte[] data, int at, String ascii) {
        if (at < 0 || at + ascii.length() > data.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (data[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
