// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

/**
 * A {@code trkn}/{@code disk} value: number and total (Python's {@code (int, int)} tuple); {@code toString()} is the
 * tuple's repr.
 *
 * <p>Thread safety: an immutable record, safe to share across threads as long as its array or collection components
 * are not changed.
 */
public record MP4Pair(long number, long total) {
    @Override
    public String toString() {
        return "(" + number + ", " + total + ")";
    }
}
