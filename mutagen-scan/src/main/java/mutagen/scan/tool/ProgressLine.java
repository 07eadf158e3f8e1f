// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan.tool;

import java.io.PrintStream;
import java.util.Locale;
import mutagen.scan.ScanProgress;

/**
 * The progress line of {@code mutagen-scan} on a terminal: count, rate, failures and the time left, redrawn in place.
 *
 * <p>Called by one thread at a time (the scan never overlaps its progress calls).
 */
final class ProgressLine {
    private final PrintStream err;
    private int width;

    ProgressLine(PrintStream err) {
        this.err = err;
    }

    /** Redraws the line. */
    void show(ScanProgress p) {
        String eta = p.etaSeconds() < 0 ? "ETA --" : String.format(Locale.ROOT, "ETA %d:%02d",
                (long) p.etaSeconds() / 60, (long) p.etaSeconds() % 60);
        String text = String.format(Locale.ROOT, "%d/%d%s files  %.0f files/s  %.1f MB/s  %d failed  %s",
                p.done(), p.found(), p.walkFinished() ? "" : "+", p.filesPerSecond(), p.bytesPerSecond() / 1e6,
                p.failed(), eta);
        int pad = Math.max(0, width - text.length());
        width = text.length();
        err.print("\r" + text + " ".repeat(pad));
        err.flush();
    }

    /** Ends the line, so that what follows starts on a fresh one. */
    void end() {
        if (width > 0) {
            err.print("\n");
            width = 0;
        }
    }
}
