// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import mutagen.FileType;

/**
 * The plain timing loop of {@code bench/save}: one loaded file, its title set to one of two values of the same
 * length in turn and saved, again and again; with the template's padding every save fits (the O(tag size) path).
 * {@code bench/lib/py_save.py} does the same with Python mutagen.
 *
 * <p>Usage: {@code SaveLoop SAMPLE WORK_DIR [seconds]}. Prints {@code file µs_per_save saves} (the fastest of 10
 * rounds after a warm-up).
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
        long roundNs = (long) (seconds * 1e9 / 12);
        double best = Double.MAX_VALUE;
        long total = 0;
        for (int round = 0; round < 12; round++) {
            long n = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                Edit.setTitle(f, titles[(int) (n & 1)]);
                f.save();
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
}
