// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Structure boundaries of a file (offset -> name), found by walking the containers it starts with, for
 * {@link Mutations}. A best-effort, bounds-checked walk of well-formed files only: it stops at the first thing that
 * does not fit, and at {@value #MAX_PER_WALK} items per container.
 */
final class Boundaries {
    static final int MAX_PER_WALK = 12;

    private final byte[] d;
    private final Map<Long, String> out = new LinkedHashMap<>();

    private Boundaries(byte[] data) {
        this.d = data;
    }

    static Map<Long, String> of(byte[] data) {
        Boundaries b = new Boundaries(data);
        b.walk();
        return b.out;
    }

    private void walk() {
        long start = 0;
        if (is(0, "ID3") && d.length >= 10) {
            long size = ((d[6] & 0x7f) << 21) | ((d[7] & 0x7f) << 14) | ((d[8] & 0x7f) << 7) | (d[9] & 0x7f);
            start = 10 + size + ((d[5] & 0x10) != 0 ? 10 : 0);
            put(start, "id3-end");
            put(start - 1, "id3-end-1");
        }
        if (start + 4 <= d.length && is((int) start, "fLaC")) {
            flac(start + 4);
        } else if (is(0, "OggS")) {
            ogg();
        } else if (is(4, "ftyp")) {
            atoms(0, d.length, "atom-", 0);
        } else if (is(0, "RIFF")) {
            chunks(12, false, 4);
        } else if (is(0, "FORM")) {
            chunks(12, true, 4);
        } else if (is(0, "FRM8")) {
            chunks(16, true, 8);
        }
        int ape = d.length - 32;
        if (ape > 0 && is(ape, "APETAGEX")) {
            put(ape, "ape-footer");
            put(ape + 16, "ape-footer+16");
        }
    }

    private void flac(long at) {
        for (int i = 0; i < MAX_PER_WALK && at + 4 <= d.length; i++) {
            put(at, "flac-block" + i);
            put(at + 4, "flac-block" + i + "+4");
            boolean last = (d[(int) at] & 0x80) != 0;
            long len = u(at + 1, 3, true);
            at += 4 + len;
            if (last) {
                put(at, "flac-audio");
                return;
            }
        }
    }

    private void ogg() {
        long at = 0;
        for (int i = 0; i < MAX_PER_WALK && at + 27 <= d.length && is((int) at, "OggS"); i++) {
            put(at, "ogg-page" + i);
            put(at + 27, "ogg-page" + i + "+27");
            int segs = d[(int) at + 26] & 0xff;
            if (at + 27 + segs > d.length) {
                return;
            }
            long body = 0;
            for (int s = 0; s < segs; s++) {
                body += d[(int) at + 27 + s] & 0xff;
            }
            at += 27 + segs + body;
        }
    }

    private void atoms(long at, long end, String prefix, int depth) {
        for (int i = 0; i < MAX_PER_WALK && at + 8 <= end; i++) {
            long size = u(at, 4, true);
            int header = 8;
            if (size == 1 && at + 16 <= end) {
                size = u(at + 8, 8, true);
                header = 16;
            } else if (size == 0) {
                size = end - at;
            }
            String name = prefix + id(at + 4, 4);
            put(at, name);
            put(at + header, name + "+" + header);
            if (size < header || at + size > end) {
                return;
            }
            if (depth == 0 && is((int) at + 4, "moov")) {
                atoms(at + header, at + size, name + "/", 1);
            }
            at += size;
        }
    }

    private void chunks(long at, boolean bigEndian, int sizeBytes) {
        int header = 4 + sizeBytes;
        for (int i = 0; i < MAX_PER_WALK && at + header <= d.length; i++) {
            String name = "chunk-" + id(at, 4);
            put(at, name);
            put(at + header, name + "+" + header);
            long size = u(at + 4, sizeBytes, bigEndian);
            if (size < 0 || size > d.length) {
                return;
            }
            at += header + size + (size & 1);
        }
    }

    private void put(long at, String name) {
        if (at > 0 && at < d.length) {
            out.putIfAbsent(at, name);
        }
    }

    private boolean is(int at, String ascii) {
        if (at < 0 || at + ascii.length() > d.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (d[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private long u(long at, int n, boolean bigEndian) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            int b = d[(int) at + (bigEndian ? i : n - 1 - i)] & 0xff;
            v = (v << 8) | b;
        }
        return v;
    }

    /** An ASCII id for a case name: letters and digits kept, anything else as {@code _}. */
    private String id(long at, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n && at + i < d.length; i++) {
            char c = (char) (d[(int) at + i] & 0xff);
            sb.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
        }
        return new String(sb.toString().getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII);
    }
}
