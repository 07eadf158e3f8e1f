// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

import mutagen.FileType;

/**
 * A service that binds a file's tags to the cross-format view: declared by each module that owns a tag format
 * ({@code provides mutagen.common.TagMappingProvider with ...} and a line in
 * {@code META-INF/services/mutagen.common.TagMappingProvider}). See {@code docs/NEW_FORMAT.md}.
 *
 * <p>Implementations are stateless (looked up through ServiceLoader): safe to share across threads.
 */
public interface TagMappingProvider {

    /**
     * The native access to the file's tags, or {@code null} when this provider does not know their type (or the
     * file has no tags). Called again for every view operation, so it must be cheap and must not change the file.
     *
     * @param file the loaded file
     * @return the native access to the file's tags, or {@code null} when this provider does not know their type (or the
     *     file has no tags)
     */
    NativeTags bind(FileType file);

    /**
     * The order among providers that know the same tags: higher is asked first (FLAC's, which also knows the
     * {@code PICTURE} blocks, before the generic Vorbis comment one). 0 by default.
     *
     * @return the order among providers that know the same tags: higher is asked first (FLAC's, which also knows the
     *     {@code PICTURE} blocks, before the generic Vorbis comment one)
     */
    default int priority() {
        return 0;
    }
}
