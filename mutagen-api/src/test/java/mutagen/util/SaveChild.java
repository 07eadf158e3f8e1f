// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.nio.file.Path;

/**
 * A save run in a child JVM (killed at random instants, or run as another user): replaces the first {@code old}
 * bytes of FILE with {@code new} bytes of {@link #tag(int)}.
 *
 * <p>Usage: {@code SaveChild FILE OLD NEW}; prints {@code ready} before the commit and {@code saved}
 * when it returned.
 */
public final class SaveChild {
    private SaveChild() {
    }

    /** The bytes a save puts at the head: a pattern that differs from {@link #content}'s. */
    public static byte[] tag(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + 3);
        }
        return b;
    }

    /** A file's content with no period short enough to hide a misplaced chunk. */
    public static byte[] content(int n) {
        byte[] b = new byte[n];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            b[i] = (byte) x;
        }
        return b;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long old = Long.parseLong(args[1]);
        int neu = Integer.parseInt(args[2]);
        try (FileSource src = FileSource.openWritable(file)) {
            src.apply(new EditPlan(src.size()).replace(0, old, tag(neu)));
            System.out.println("ready");
            System.out.flush();
            src.commit();
        }
        System.out.println("saved");
    }
}
