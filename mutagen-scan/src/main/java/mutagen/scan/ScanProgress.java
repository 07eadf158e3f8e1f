// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

/**
 * A snapshot of a scan's progress, as given to a progress listener and by {@link Scan#progress()}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param found        files the walk accepted so far (after the extension filter)
 * @param done         files read so far (loaded, failed or of no known format)
 * @param failed       files whose reading failed (results with an error)
 * @param unknown      files of no known format (results only when the scan includes them)
 * @param bytes        the sizes of the files read so far, added up
 * @param elapsedNanos time since the scan started
 * @param walkFinished whether the walk has ended, so that {@code found} is the total
 * @param finished     whether the scan has ended (every file read, or cancelled)
 */
public record ScanProgress(long found, long done, long failed, long unknown, long bytes, long elapsedNanos,
        boolean walkFinished, boolean finished) {

    /**
     * Files read per second since the start (0 before any time has passed).
     *
     * @return the value
     */
    public double filesPerSecond() {
        return elapsedNanos <= 0 ? 0 : done * 1e9 / elapsedNanos;
    }

    /**
     * Bytes read per second since the start.
     *
     * @return bytes read per second since the start
     */
    public double bytesPerSecond() {
        return elapsedNanos <= 0 ? 0 : bytes * 1e9 / elapsedNanos;
    }

    /**
     * The estimated seconds left at the current rate, or {@code -1} while the total is not known (the walk goes on)
     * or no file has been read yet.
     *
     * @return the estimated seconds left at the current rate, or {@code -1} while the total is not known (the walk goes
     *     on) or no file has been read yet
     */
    public double etaSeconds() {
        double rate = filesPerSecond();
        if (!walkFinished || rate <= 0) {
            return -1;
        }
        return (found - done) / rate;
    }
}
