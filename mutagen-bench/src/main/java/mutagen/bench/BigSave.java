// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import mutagen.FileType;

/**
 * Saves an edit that does not fit the padding of a very large file, and reports the heap it took: the check of
 * "without padding on a 1 GB file, bounded memory". Run it with a small heap ({@code -Xmx16m}) so that a save that
 * held the file in memory would fail with an OutOfMemoryError instead of passing unnoticed.
 *
 * <p>Usage: {@code BigSave SAMPLE OUT SIZE_MIB}. OUT becomes a copy of SAMPLE grown to SIZE_MIB (sparse zeros after
 * its audio, before a trailing ID3v1 tag when SAMPLE ends with one: the readers only look at the start and the end),
 * saved once as the save benchmark's template is; then the title is set to 64 KiB of text, more than any padding the
 * template has, and the file is saved. Prints one tab-separated line: {@code file size_bytes save_ms
 * heap_peak_mib gc_count title_ok}.
 */
public final class BigSave {
    private static final int TITLE = 64 * 1024;

    private BigSave() {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        Path sample = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long size = Long.parseLong(args[2]) << 20;
        grow(sample, out, size);
        Edit.makeTemplate(out, out);
        FileType f = Edit.openEasy(out);
        String value = "x".repeat(TITLE);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long gcBefore = gcCount();
        long start = System.nanoTime();
        Edit.setTitle(f, value);
        f.save();
        long elapsed = System.nanoTime() - start;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long gcs = gcCount() - gcBefore;
        Object title = Edit.openEasy(out).get(Edit.KEY);
        boolean ok = title != null && title.toString().contains(value);
        System.out.printf(Locale.ROOT, "%s\t%d\t%.0f\t%.1f\t%d\t%s%n", out.getFileName(), Files.size(out),
                elapsed / 1e6, peak / 1048576.0, gcs, ok);
        if (!ok) {
            System.exit(1);
        }
    }

    /** Copies {@code sample} to {@code out} and grows it to {@code size} bytes with sparse zeros before any ID3v1. */
    static void grow(Path sample, Path out, long size) throws IOException {
        byte[] data = Files.readAllBytes(sample);
        int tail = data.length >= 128 && data[data.length - 128] == 'T' && data[data.length - 127] == 'A'
                && data[data.length - 126] == 'G' ? 128 : 0;
        try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(data, 0, data.length - tail), 0);
            long tailAt = Math.max(data.length, size) - tail;
            ByteBuffer end = tail > 0 ? ByteBuffer.wrap(data, data.length - tail, tail) : ByteBuffer.allocate(1);
            ch.write(end, tail > 0 ? tailAt : Math.max(data.length, size) - 1);
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionCount())).sum();
    }
}
