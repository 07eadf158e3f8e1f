// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

/**
 * How a save of a file opened from a path guards against being cut short (see {@link FileSource}). Every mode edits
 * the file in place (its inode, links, owner, mode and extended attributes stay), moving only the bytes after the
 * first size change.
 *
 * <p>An enum: thread-safe.
 */
public enum SaveMode {
    /**
     * The default: a save that overwrites more than one region, or moves bytes, first writes a journal of bounded
     * size (see {@link FileSource}); if the process dies (kill -9, out of memory, a crash of the JVM), the next
     * writable open of the file, or {@link FileSource#recover}, brings the file back to its old bytes. No
     * {@code fsync}: the page cache outlives the process.
     */
    JOURNAL,
    /**
     * As {@link #JOURNAL}, and durable against a power loss too: the journal is forced to disk before the file is
     * touched and before each chunk that moves, and the file is forced before the journal is removed. Costs one or
     * more {@code fsync}s per save.
     */
    DURABLE,
    /** No journal, exactly as mutagen saves: a save cut short can leave the file damaged. The cheapest. */
    DIRECT
}
