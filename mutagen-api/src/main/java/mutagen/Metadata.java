// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Tags that can be loaded from, saved to and deleted from a file on their own, without the stream around them.
 *
 * <p>Mirrors {@code mutagen.Metadata} (ID3, EasyID3, APEv2).
 *
 * <p>Not thread-safe: a tag is used by one thread at a time; different instances are independent.
 */
public abstract class Metadata extends Tags {

    /** Creates empty metadata; for subclasses. */
    protected Metadata() {
    }

    /**
     * Saves the tags to the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public abstract void save(Path path) throws IOException;

    /**
     * Removes the tags from the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public abstract void delete(Path path) throws IOException;
}
