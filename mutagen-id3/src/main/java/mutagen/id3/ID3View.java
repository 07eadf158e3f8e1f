// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.io.IOException;
import mutagen.util.FileSource;

/**
 * Tags that present an {@link ID3} tag another way, such as {@code mutagen.easyid3.EasyID3}: the tags of the easy
 * variants of {@link ID3FileType}, which is given a function that makes them (so that this package does not depend
 * on the easy one). An implementation must extend {@link mutagen.Metadata}.
 *
 * <p>Not thread-safe: a view edits one tag; use it from one thread at a time, as the tag.
 */
public interface ID3View {
    /**
     * The tag this view presents; edits through either show in the other.
     *
     * @return the wrapped tag
     */
    ID3 id3();

    /**
     * Saves the tag into a writable source.
     *
     * @param target the source (not committed here)
     * @param options the ID3 save options
     * @throws IOException when the source cannot be written
     */
    void save(FileSource target, ID3SaveOptions options) throws IOException;
}
