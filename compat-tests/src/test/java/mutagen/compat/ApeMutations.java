// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Damaged copies of a file's APEv2 tag (a footer at the end or before an ID3v1 tag, or a header at the start): the
 * item count, tag size and flags changed, and for each of the first items its value length, kind, key and text
 * broken, and the tag cut just before it (footer kept). For {@link Mutations}.
 */
final class ApeMutations {
    static final int MAX_ITEMS = 12;

    private ApeMutations() {
    }

    static List<Mutations.Mutation> of(byte[] d) {
        List<Mutations.Mutation> out = new ArrayList<>();
        int footer = footer(d);
        if (footer >= 0) {
            header(out, d, footer, "ape-footer");
            long size = u32(d, footer + 12);
            long data = footer + 32L - size;
            if (data >= 0 && data <= footer) {
                items(out, d, (int) data, footer, footer);
            }
        }
        if (is(d, 0)) {
            header(out, d, 0, "ape-header");
            long size = u32(d, 12);
            long end = Math.min(d.length, 32 + size);
            items(out, d, 32, (int) end, -1);
        }
        return out;
    }

    private static int footer(byte[] d) {
        if (is(d, d.length - 32)) {
            return d.length - 32;
        }
        int v1 = d.length - 128;
        if (v1 >= 32 && d[v1] == 'T' && d[v1 + 1] == 'A' && d[v1 + 2] == 'G' && is(d, v1 - 32)) {
            return v1 - 32;
        }
        return -1;
    }

    private static void header(List<Mutations.Mutation> out, byte[] d, int at, String name) {
        long size = u32(d, at + 12);
        long count = u32(d, at + 16);
        long flags = u32(d, at + 20);
        out.add(put(name + "-count-max", d, at + 16, 0xFFFFFFFFL));
        out.add(put(name + "-count-0", d, at + 16, 0));
        out.add(put(name + "-count+1", d, at + 16, count + 1));
        out.add(put(name + "-size-16", d, at + 12, 16));
        out.add(put(name + "-size-0", d, at + 12, 0));
        out.add(put(name + "-size+24", d, at + 12, size + 24));
        out.add(put(name + "-size-1", d, at + 12, size - 1));
        out.add(put(name + "-flags-noheader", d, at + 20, flags & ~(1L << 31)));
        out.add(put(name + "-flags-header", d, at + 20, flags | (1L << 31)));
    }

    /** Items from {@code from} to {@code end}; {@code footer} >= 0 is where the footer starts (for the cuts). */
    private static void items(List<Mutations.Mutation> out, byte[] d, int from, int end, int footer) {
        int s = from;
        for (int i = 0; i < MAX_ITEMS && s + 9 <= end; i++) {
            long len = u32(d, s);
            long flags = u32(d, s + 4);
            int nul = s + 8;
            while (nul < end && d[nul] != 0) {
                nul++;
            }
            String n = "ape-item" + i;
            out.add(put(n + "-len-max", d, s, 0x7FFFFFFFL));
            out.add(put(n + "-len+1", d, s, len + 1));
            out.add(put(n + "-kind3", d, s + 4, flags | 6));
            out.add(put(n + "-kind-binary", d, s + 4, (flags & ~6L) | 2));
            out.add(bytes(n + "-key-nonascii", d, s + 8, (byte) 0xff));
            out.add(bytes(n + "-key-short", d, s + 9, (byte) 0));
            if (nul < end) {
                out.add(bytes(n + "-key-nul-gone", d, nul, (byte) 'A'));
            }
            long valueAt = nul + 1L;
            if (valueAt < end && len > 0) {
                out.add(bytes(n + "-value-0xff", d, (int) valueAt, (byte) 0xff));
            }
            if (footer >= 0) {
                byte[] cut = new byte[s + (d.length - footer)];
                System.arraycopy(d, 0, cut, 0, s);
                System.arraycopy(d, footer, cut, s, d.length - footer);
                out.add(new Mutations.Mutation("cut@" + n + "-keep-footer", cut));
            }
            if (nul >= end || valueAt + len > end) {
                return;
            }
            s = (int) (valueAt + len);
        }
    }

    private static Mutations.Mutation put(String what, byte[] d, int at, long v) {
        byte[] copy = d.clone();
        for (int i = 0; i < 4; i++) {
            copy[at + i] = (byte) (v >>> (8 * i));
        }
        return new Mutations.Mutation("flip@" + what, copy);
    }

    private static Mutations.Mutation bytes(String what, byte[] d, int at, byte b) {
        byte[] copy = Arrays.copyOf(d, d.length);
        copy[at] = b;
        return new Mutations.Mutation("flip@" + what, copy);
    }

    private static long u32(byte[] d, int at) {
        return (d[at] & 0xFFL) | (d[at + 1] & 0xFFL) << 8 | (d[at + 2] & 0xFFL) << 16 | (d[at + 3] & 0xFFL) << 24;
    }

    private static boolean is(byte[] d, int at) {
        byte[] m = {'A', 'P', 'E', 'T', 'A', 'G', 'E', 'X'};
        if (at < 0 || at + 32 > d.length) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (d[at + i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}
