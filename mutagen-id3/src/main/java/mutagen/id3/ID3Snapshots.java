// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Snapshots of an ID3 tag's frames (mutagen's {@code ID3Tags._copy} / {@code _restore}), used by EasyID3 to undo
 * the v2.3 conversion after saving.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class ID3Snapshots {
    private ID3Snapshots() {
    }

    /**
     * {@return a shallow snapshot of the frames, including CHAP/CTOC sub-frames}
     *
     * @param id3 the id3
     */
    public static Object take(ID3 id3) {
        return id3.frames().snapshot();
    }

    /**
     * Restores a snapshot taken with {@link #take}.
     *
     * @param id3 the id3
     * @param snapshot the snapshot
     */
    public static void restore(ID3 id3, Object snapshot) {
        id3.frames().restore(snapshot);
    }
}
