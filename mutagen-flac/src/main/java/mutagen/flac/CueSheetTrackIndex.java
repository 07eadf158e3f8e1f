// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

/**
 * An index point of a {@link CueSheetTrack}. Mirrors {@code mutagen.flac.CueSheetTrackIndex} (a tuple).
 *
 * <p>Thread safety: an immutable record, safe to share across threads as long as its array or collection components
 * are not changed.
 *
 * @param indexNumber the index point number (8-bit)
 * @param indexOffset the offset in samples from the track start (unsigned 64-bit)
 */
public record CueSheetTrackIndex(int indexNumber, long indexOffset) {

    /** Python's tuple repr, {@code (index_number, index_offset)}. */
    @Override
    public String toString() {
        return "(" + indexNumber + ", " + Long.toUnsignedString(indexOffset) + ")";
    }
}
