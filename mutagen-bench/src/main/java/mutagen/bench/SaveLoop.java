// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import mutagen.FileType;
import mutagen.SaveOptions;
import mutagen.util.SaveMode;

/**
 * The plain timing loop of {@code bench/save}: one loaded file, its title set to one of two values of the same
 * length in turn and saved, again and again; with the template's padding every save fits (the O(tag size) path).
 * {@code bench/lib/py_save.py} does the same with Python mutagen.
 *
 * <p>Usage: {@code SaveLoop SAMPLE WORK_DIR [seconds [direct|cycle|floor]]}. Prints {@code file µs_per_save saves}
 * (the fastest of 10 rounds after a warm-up); {@code cycle} times open + edit + save, as a user's loop does.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        Path sample = Path.of(args[0]);
        Path work = Path.of(args[1]).resolve("save-" + sample.getFileName());
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 3;
        Edit.makeTemplate(sample, work);
        FileType f = Edit.openEasy(work);
        String[] titles = {"mutagen-bench-edited", "mutagen-bench-EDITED"};
        if (args.length > 3 && args[3].equals("floor")) {
            floor(sample, work, f, titles, seconds);
            return;
        }
        // "direct": saved as mutagen saves (SaveMode.DIRECT, no journal), to show what the journal costs.
        SaveOptions options = args.length > 3 && args[3].equals("direct")
                ? SaveOptions.defaults().withMode(SaveMode.DIRECT) : SaveOptions.defaults();
        // "cycle": the whole edit as a user writes it, open + set the title + save (default mode) each time.
        boolean cycle = args.length > 3 && args[3].equals("cycle");
        long roundNs = (long) (seconds * 1e9 / 12);
        double best = Double.MAX_VALUE;
        long total = 0;
        for (int round = 0; round < 12; round++) {
            long n = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                if (cycle) {
                    f = Edit.openEasy(work);
                }
                Edit.setTitle(f, titles[(int) (n & 1)]);
                f.save(options);
                n++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < roundNs);
            total += n;
            if (round >= 2) { // the first two rounds warm the JIT up
                best = Math.min(best, elapsed / 1000.0 / n);
            }
        }
        Files.deleteIfExists(work);
        System.out.printf(Locale.ROOT, "%s\t%.2f\t%d%n", sample.getFileName(), best, total);
    }

    /**
     * The write floor of a save that fits: open for writing, read the head, one positional write of as many bytes as
     * our save writes (counted on one save), close. Same output as the save loop.
     */
    private static void floor(Path sample, Path work, FileType f, String[] titles, double seconds) throws IOException {
        long[] written = new long[1];
        Edit.setTitle(f, titles[1]);
        try (mutagen.util.FileSource target = mutagen.util.FileSource.open(work, true,
                ch -> new CountingWrites(ch, written))) {
            f.save(target);
        }
        java.nio.ByteBuffer tag = java.nio.ByteBuffer.allocate((int) Math.max(1, written[0]));
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(4096);
        long roundNs = (long) (seconds * 1e9 / 12);
        double best = Double.MAX_VALUE;
        long total = 0;
        for (int round = 0; round < 12; round++) {
            long n = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(work,
                        java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
                    ch.read(head.clear(), 0);
                    ch.write(tag.clear(), 0);
                }
                n++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < roundNs);
            total += n;
            if (round >= 2) {
                best = Math.min(best, elapsed / 1000.0 / n);
            }
        }
        Files.deleteIfExists(work);
        System.out.printf(Locale.ROOT, "%s\t%.2f\t%d\t%d%n", sample.getFileName(), best, total, written[0]);
    }

    /** Counts the bytes written through a channel. */
    private static final class CountingWrites implements java.nio.channels.SeekableByteChannel {
        private final java.nio.channels.SeekableByteChannel in;
        private final long[] written;

        CountingWrites(java.nio.channels.SeekableByteChannel in, long[] written) {
            this.in = in;
            this.written = written;
        }

        @Override
        public int read(java.nio.ByteBuffer dst) throws IOException {
            return in.read(dst);
        }

        @Override
        public int write(java.nio.ByteBuffer src) throws IOException {
            int w = in.write(src);
            written[0] += w;
            return w;
        }

        @Override
        public long position() throws IOException {
            return in.position();
        }

        @Override
        public java.nio.channels.SeekableByteChannel position(long p) throws IOException {
            in.position(p);
            return this;
        }

        @Override
        public long size() throws IOException {
            return in.size();
        }

        @Override
        public java.nio.channels.SeekableByteChannel truncate(long size) throws IOException {
            in.truncate(size);
            return this;
        }

        @Override
        public boolean isOpen() {
            return in.isOpen();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
